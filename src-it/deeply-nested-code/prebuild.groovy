// Writes the generated sources: checked in, 80 KB of brackets would say nothing a reader can check.
def dir = new File(basedir, 'src/main/java/com/acme/deep')
dir.mkdirs()
def file = { String name, String body ->
    new File(dir, "${name}.java").text = """package com.acme.deep;

import dev.flaglint.runtime.FeatureFlags;

class ${name} {
    void run(FeatureFlags flags) {
${body}
    }
}
"""
}
// each call is on line 7 or 8 of its file
file('Blocks', '        ' + '{' * 2000 + '\n            flags.isEnabled("deep-blocks");\n        ' + '}' * 2000)
file('Concat', '        flags.isEnabled("con"' + ' + ""' * 5000 + ' + "cat");')
file('Parens', '        flags.isEnabled(' + '(' * 5000 + '"in-parens"' + ')' * 5000 + ');')
def lambdas = new StringBuilder('        Runnable r = ')
1000.times { lambdas.append("() -> { Runnable r${it} = ") }
lambdas.append('\n            () -> flags.isEnabled("in-lambdas");\n        ').append(' };' * 1000)
file('Lambdas', lambdas.toString())
return true
