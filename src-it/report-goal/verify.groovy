def log = new File(basedir, 'build.log').text
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('flag-lint') }
assert runs.size() == 2
def site = runs[1]
log = runs[0]

// the inventory never fails the build, even with an expired and an undeclared flag
assert log.contains("[INFO] flag-lint: inventory of 9 flags: 1 expired, 1 undeclared, 1 expiring soon, 2 ready to remove, 1 unused, 3 ok (target/flag-lint/flag-inventory.md, target/flag-lint/flag-inventory.html)")
assert log.contains("BUILD SUCCESS")
// and prints the findings it is based on, as check does
assert log.contains("[ERROR] src/main/java/com/acme/App.java:[8,15] expired: flag 'old-flag' expired on 2026-04-01 (owner payments-team, ticket PAY-1234); remove this check and the branch it guards, then the flag from flags.yaml, or move 'expires' if the flag must stay longer")
assert log.contains("[ERROR] src/main/java/com/acme/App.java:[14,15] undeclared: flag 'never-declared' is not declared in flags.yaml; declare it there with owner, created, expires and ticket")
assert log.contains("[INFO] flag-lint: 2 errors, 2 warnings; 9 call sites of 8 flags (report: target/flag-lint/flag-lint.json)")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def md = new File(basedir, 'target/flag-lint/flag-inventory.md').text
assert md.startsWith("# Feature flags: report-goal\n\nAs of 2026-05-01 · flags file `flags.yaml` · 9 flags · 9 call sites\n\n**1 expired** · **1 undeclared** · **1 expiring soon** · 2 ready to remove · 1 unused · 3 ok\n")
assert md.contains("| payments-team | 2 | 1 |  |  | 1 |  |  |")
def rows = md.readLines().findAll { it.startsWith('| **') }
assert rows*.replaceAll(/^\| \*\*([a-z ]+)\*\*(?: \(([a-z ]+)\))? \| `([^`]+)`.*$/, '$3: $1 $2')*.trim() == [
        'old-flag: expired', 'never-declared: undeclared', 'soon-flag: expiring soon',
        'done-off: ready to remove always off', 'done-on: ready to remove always on', 'forgotten: unused',
        'split-by-env: ok', 'ok-flag: ok', 'kill-switch: ok']
assert rows[0] == "| **expired** | `old-flag` | payments-team | PAY-1234 | 2026-01-15 | 2026-04-01 | 106 | expired 30 days ago | no | 1 / 0: [App.java:8](../../src/main/java/com/acme/App.java#L8) |"
assert md.contains("| **ok** | `ok-flag` | search-team | SRCH-9 | 2026-03-01 | 2026-12-01 | 61 | 214 days | no | 1 / 1: [App.java:7](../../src/main/java/com/acme/App.java#L7), [AppTest.java:7](../../src/test/java/com/acme/AppTest.java#L7) (test) |")

def html = new File(basedir, 'target/flag-lint/flag-inventory.html').text
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('<code>old-flag</code>') && html.contains('expired 30 days ago') && html.contains('always off')
assert !html.contains('<script') && !html.contains('<link') && !html.contains('src="') // self-contained

// 2: mvn site
assert site.contains('Generating "Feature flags" report')
assert !site.contains("does not contain any report goals")
// the findings behind the page are printed as by the check, without failing the site
assert site.contains("[ERROR] src/main/java/com/acme/App.java:[8,15] expired: flag 'old-flag' expired on 2026-04-01 (owner payments-team, ticket PAY-1234); remove this check and the branch it guards, then the flag from flags.yaml, or move 'expires' if the flag must stay longer")
assert site.contains("BUILD SUCCESS")
assert !(site =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def page = new File(basedir, 'target/site/feature-flags.html').text
assert page.contains('<title>Feature flags – report-goal</title>')
assert page.contains('<h1>Feature flags: report-goal</h1>')
assert page.contains('As of 2026-05-01; flags file flags.yaml; 9 flags, 9 call sites.')
assert page.contains('1 expired &#xb7; 1 undeclared &#xb7; 1 expiring soon &#xb7; 2 ready to remove &#xb7; 1 unused &#xb7; 3 ok') // · as Doxia writes it
// most urgent first
def flagsTable = page.substring(page.indexOf('<h2>Flags, most urgent first</h2>'), page.indexOf('<h2>By owner</h2>'))
def keys = (flagsTable =~ /<td><code>([a-z-]+)<\/code><\/td>/).collect { it[1] }
assert keys == ['old-flag', 'never-declared', 'soon-flag', 'done-off', 'done-on', 'forgotten', 'split-by-env', 'ok-flag', 'kill-switch']
assert page.contains('''<td><strong>expired</strong></td>
<td><code>old-flag</code></td>
<td>payments-team</td>
<td>PAY-1234</td>
<td>2026-01-15</td>
<td>2026-04-01</td>
<td>expired 30 days ago</td>
<td>1 / 0: App.java:8</td></tr>''')
assert page.contains('<h2>By owner</h2>') && page.contains('<h2>Findings</h2>')
// findings, errors first
def rules = (page =~ /<td>(error|warning)<\/td>\s*<td><code>([a-z-]+)<\/code><\/td>/).collect { "${it[1]} ${it[2]}".toString() }
assert rules == ['error expired', 'error undeclared', 'warning unused', 'warning expiring-soon']
// listed in the site's menu
assert new File(basedir, 'target/site/project-reports.html').text.contains('<a href="feature-flags.html">Feature flags</a>')
return true
