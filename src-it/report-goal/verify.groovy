def log = new File(basedir, 'build.log').text

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
return true
