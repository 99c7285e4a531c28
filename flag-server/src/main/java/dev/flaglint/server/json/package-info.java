/**
 * JSON as every layer of the server reads and writes it: one configured Jackson mapper (numbers kept
 * exactly as written, so {@code 2.10} stays {@code 2.10}), canonical serialization for hashing, and
 * parse errors turned into "line L, column C" messages. Takes text or trees, gives trees or bytes.
 */
package dev.flaglint.server.json;
