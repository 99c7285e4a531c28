def log = new File(basedir, 'build.log').text
assert log.contains('Generating "Feature flags" report')
assert !log.contains("does not contain any report goals")
// the findings behind the page are printed as by the check, without failing the site
assert log.contains("[ERROR] src/main/java/com/acme/App.java:[8,15] expired: flag 'old-flag' expired on 2026-04-01 (owner payments-team, ticket PAY-1234); remove this check and the branch it guards, then the flag from flags.yaml, or move 'expires' if the flag must stay longer")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def page = new File(basedir, 'target/site/feature-flags.html').text
assert page.contains('<title>Feature flags – site-report</title>')
assert page.contains('<h1>Feature flags: site-report</h1>')
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
