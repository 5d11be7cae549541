### Sending to and reading from a Learning Record Store: errors and what happened.

## The LRS URL, and why it cannot be used.
# A URL that can never work; $url is quoted, with any user:password@ hidden; $why is one of lrs-url-*.
lrs-bad-url = the LRS URL { $url } cannot be used: { $why }
# Why the URL cannot be used: the scheme.
lrs-url-scheme = it must start with http:// or https://
# Why the URL cannot be used: blanks or control characters in it.
lrs-url-spaces = it contains spaces or control characters
# Why the URL cannot be used: the endpoint is given with a query or a fragment.
lrs-url-query = give the xAPI endpoint without ?query or #fragment
# Why the URL cannot be used: user:password@ in it.
lrs-url-credentials = credentials do not go in the URL; set KEY_ACCOUNT_LRS_USER and KEY_ACCOUNT_LRS_PASSWORD, or user and password under [lrs] in the settings file
# Why the URL cannot be used: no host name.
lrs-url-no-host = it has no host
# Why the URL cannot be used: the port.
lrs-url-port = its port is not a number from 1 to 65535
# Why the URL cannot be used: a name under .invalid (RFC 6761: it never resolves).
lrs-url-never-resolves = a name under .invalid never resolves; give the LRS's real address
# Why the URL cannot be used: what the URI parser said ($why, in English).
lrs-url-invalid = it is not a URL ({ $why })

## The LRS did not answer, or not as xAPI promises.
# No connection; $why is the system's words or one of the two below.
lrs-unreachable = the LRS at { $url } cannot be reached: { $why }
# Why the LRS cannot be reached: DNS.
lrs-no-such-host = the host name does not resolve
# Why the LRS cannot be reached: the connection.
lrs-connection-failed = the connection failed
# No (whole) answer within $secs seconds.
lrs-timeout = the LRS at { $url } gave no answer in time ({ $secs } s)
# HTTP 401 or 403.
lrs-credentials = the LRS at { $url } refused the credentials (HTTP { $status }); set KEY_ACCOUNT_LRS_USER and KEY_ACCOUNT_LRS_PASSWORD, or user and password under [lrs] in the settings file
# Any other HTTP error; $detail is what the server said.
lrs-status = the LRS at { $url } answered HTTP { $status }: { $detail }
# HTTP 429 or 503, still after retrying for $waited seconds.
lrs-busy = the LRS at { $url } is busy (HTTP { $status }), still after waiting { $waited } s; try again later
# HTTP 429 or 503 asking to come back after longer than the client waits.
lrs-busy-later = the LRS at { $url } is busy (HTTP { $status }) and asks to come back in { $after } s; try again later
# HTTP 3xx: redirects are never followed.
lrs-redirected = the LRS at { $url } redirects (HTTP { $status }) to { $location }, which is not followed, so nothing was sent or read there; give the LRS's own address as the URL (on a network that asks you to log in first, log in and try again)
# A 2xx to a POST without the statement ids xAPI promises (a login page, or "[]").
lrs-not-stored = the LRS at { $url } answered HTTP { $status } without the ids of the { $posted } statement(s) posted (it said: { $answer }), so they do not count as stored
# An answer over $mb megabytes.
lrs-too-large = the LRS at { $url } sent an answer over { $mb } MB; it was not read
# A 2xx answer to a GET that is not xAPI; $why is the parser's words.
lrs-bad-answer = the LRS at { $url } gave an answer that is not xAPI: { $why }
# A page's `more` link to another server.
lrs-foreign-more = the LRS at { $url } gave a `more` link to another server ({ $more }); it was not followed and no credentials went there
# The `more` links go round.
lrs-loop-repeated = the LRS at { $url } sent a page it had sent before (its `more` links go round); stopped after { $statements } statement(s) on { $pages } page(s)
# A page that brings nothing new.
lrs-loop-nothing-new = the LRS at { $url } sent a page with no statement it had not sent before; stopped after { $statements } statement(s) on { $pages } page(s)
# The walk through the pages reached its bound of pages.
lrs-too-many-pages = the LRS at { $url } has more than { $max } pages of statements (stopped after { $statements } statements); narrow the report with --scenario or --since
# The walk reached its bound of statements.
lrs-too-many-statements = the LRS at { $url } has more than { $max } statements (stopped after { $pages } pages); narrow the report with --scenario or --since
# The walk reached its bound of time.
lrs-too-long = reading the LRS at { $url } took more than { $max } minutes (stopped after { $statements } statements on { $pages } pages); narrow the report with --scenario or --since

## Where a finished run went (the end of `play`, the debrief).
# Sent; $earlier runs that waited in the spool went too.
lrs-sent = Sent to the LRS at { $url } ({ $statements } statements){ $earlier ->
        [0] {""}
        [1] , with 1 earlier run that was waiting
       *[other] , with { $earlier } earlier runs that were waiting
    }.
# After lrs-sent: the time to send ran out and $left runs still wait.
lrs-sent-left = { $left ->
        [one] 1 more run waits in { $folder } and goes at the next start.
       *[other] { $left } more runs wait in { $folder } and go at the next start.
    }
# Not sent now (the LRS is down, busy, or refused the credentials); the run waits in the spool.
lrs-spooled = Not sent yet: { $why }. The { $statements } statements wait in { $folder } and go at the next start.
# Not sent because the URL is wrong; the run waits in the spool until it is fixed.
lrs-spooled-fix-url = Not sent yet: { $why }. The { $statements } statements wait in { $folder }; fix the LRS URL (in the settings file, or --lrs) and they go at the next start.
# The LRS refused the run for what it holds; it is kept aside.
lrs-rejected = Not sent: { $why }. The run is kept in { $file }.
# After a delivery line: spool entries that are not runs were moved aside (named once).
lrs-set-aside = { $files ->
        [one] 1 file in the spool that is not a run was moved to { $folder }.
       *[other] { $files } files in the spool that are not runs were moved to { $folder }.
    }
# One spool entry moved aside, and why.
lrs-set-aside-file = moved out of the spool: { $file }: { $why }
# Before sending, when earlier runs wait in the spool.
lrs-play-sending = Sending to the LRS at { $url }, with { $waiting } earlier run(s) waiting in the spool (for at most { $secs } s; what is left goes at the next start)…

## The spool.
# The spool folder cannot be made.
lrs-spool-create = cannot create the spool { $dir }: { $why }
# The statements cannot be encoded as JSON.
lrs-spool-encode = cannot encode the statements: { $why }
# The spool cannot be written.
lrs-spool-write = cannot write in the spool { $dir }: { $why }
# The spool file cannot be put in place.
lrs-spool-save = cannot save { $file }: { $why }
# The record cannot become xAPI statements; $why names the field.
lrs-spool-xapi = the run cannot be sent as xAPI: { $why }

## The settings file.
# The settings file cannot be read.
lrs-settings-unreadable = cannot read the settings { $file }: { $why }
# Not a regular file, or too large.
lrs-settings-not-settings = the settings { $file } is not a settings file (a regular file under 1 MB)
# A mistake in the file; $at is :LINE:COLUMN; $message is the TOML parser's words.
lrs-settings-mistake = the settings { $file }{ $at }: { $message }
# A mistake on the password's line: its value is never shown.
lrs-settings-password = the settings { $file }{ $at }: the password under [lrs] must be text in quotes, like password = "…" (its value is not shown)
# An empty player name.
lrs-settings-empty-player = the player name is empty; give a name (--player NAME)
# An empty LRS URL.
lrs-settings-empty-url = the LRS URL { $url } is empty

## Warnings before sending (one line each, on standard error).
# Credentials over plain http to another machine.
lrs-warn-plain-http = warning: the LRS at { $url } is plain http://, so its password crosses the network readable by anyone on the way; use https://
# The settings file's credentials are kept from an LRS given with --lrs.
lrs-warn-withheld = note: the credentials in { $file } are for the LRS it names, so they are not sent to { $url }; for this one set KEY_ACCOUNT_LRS_USER and KEY_ACCOUNT_LRS_PASSWORD
# The settings file with a password can be read by other users; $mode is like 644.
lrs-warn-readable = warning: { $file } holds the LRS password and other users can read it (mode { $mode }); make it yours alone: chmod 600 { $file }

## `report --lrs`.
# A statement, where the report names where a run came from.
lrs-statement = statement { $id }
# Why statements that claim the same record file are left out.
lrs-skip-conflict = its run file { $file } is also claimed by { $others } (another registration); none of them is counted
# --since is not a time.
lrs-since = --since { $since } is not a time like 2026-01-31T09:00:00Z
# Progress on standard error while reading the pages.
lrs-progress = reading the LRS: { $pages } page(s), { $statements } statement(s)
# --scenario or --since with a folder.
lrs-report-filters-need-lrs = --scenario and --since go with --lrs URL; a folder's report reads every record in it
# Neither a folder nor --lrs.
lrs-report-folder-or-lrs = give a folder or --lrs URL
