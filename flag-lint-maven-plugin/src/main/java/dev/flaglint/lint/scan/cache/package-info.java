/**
 * What the scan remembers between runs, wrapped around it: takes a scan request and the scan, and gives
 * out the same {@link dev.flaglint.lint.scan.ScanResult} the scan would, answered from an index file when
 * nothing changed. {@link dev.flaglint.lint.scan.cache.ScanCache#none()} remembers nothing; the index (with,
 * beside it, a marker file whose stamp tells the file system's clock) is all the engine writes, and only
 * when a cache in a file is chosen.
 */
package dev.flaglint.lint.scan.cache;
