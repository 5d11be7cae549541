//! The spool against a slow LRS, a second flush at the same time, and entries that are not
//! spool files.

use std::path::Path;
use std::time::{Duration, Instant};

use key_account::lrs::{BATCH, Client, spool};
use key_account::record::{self, RunRecord, xapi};

use super::server::{Reply, lrs_at, play, record, serve, settings_file};

/// Spools `n` runs (keys that sort before today's records): their statements in all.
fn spool_runs(results: &Path, r: &RunRecord, n: usize) -> usize {
    let mut total = 0;
    for i in 0..n {
        let key = format!("2020{i:06}-island-x-{i}.json");
        let statements = xapi::statements(r, &key).expect("valid");
        total += statements.len();
        spool::put(results, &key, &statements).expect("spooled");
    }
    total
}

/// Item 10: the waiting spool goes several runs a request, the run itself first, and `play`
/// waits a bounded time (saying what it does), leaving the rest for the next start.
#[test]
fn a_big_spool_goes_in_batches_within_a_bounded_wait() {
    let lrs = serve(|req| Reply::ids(req).after(Duration::from_millis(150)));
    let dir = tempfile::tempdir().expect("tempdir");
    // Short runs (13 statements), so a request carries many.
    let mut r = record(20, "erin");
    r.actions.truncate(10);
    let waiting = 300;
    let total = spool_runs(dir.path(), &r, waiting);
    let p = record::write(dir.path(), &r).expect("w");
    let t = Instant::now();
    let d = spool::deliver_within(
        dir.path(),
        &p,
        &r,
        &lrs_at(&lrs.url),
        Duration::from_secs(1),
    )
    .expect("delivered");
    assert!(t.elapsed() < Duration::from_secs(3), "{:?}", t.elapsed());
    let spool::Delivery::Sent { earlier, left, .. } = &d else {
        panic!("{d:?}")
    };
    assert!(*earlier > 0 && *left > 0, "{d:?}");
    assert_eq!(earlier + left, waiting);
    assert!(d.line().contains("more runs wait in"), "{}", d.line());
    let posts = lrs.posts();
    // The run itself went first, with others in the same request.
    let own = xapi::statements(&r, &xapi::key_of(&p)).expect("valid");
    assert_eq!(posts[0].statements()[0]["id"], own[0]["id"]);
    assert!(posts.iter().all(|p| p.statements().len() <= BATCH));
    assert!(posts[0].statements().len() > own.len() * 2);
    // The rest, with no bound: a few requests, not one per run.
    let client = Client::new(&lrs_at(&lrs.url)).expect("client");
    let done = spool::flush(dir.path(), &client);
    assert_eq!(done.runs.len(), *left);
    assert!(spool::pending(dir.path()).is_empty());
    let posted: usize = lrs.posts().iter().map(|p| p.statements().len()).sum();
    let ids: std::collections::HashSet<String> = lrs
        .posts()
        .iter()
        .flat_map(|p| p.statements())
        .map(|s| s["id"].to_string())
        .collect();
    assert_eq!(ids.len(), total + own.len(), "every statement went");
    assert!(lrs.posts().len() <= posted.div_ceil(BATCH - 300) + 2);
    // `play` says what it does before it waits.
    let results = dir.path().join("results");
    spool_runs(&results, &r, 3);
    let settings = settings_file(dir.path(), &lrs.url, &results);
    let (code, out, err) = play(dir.path(), &settings, &[]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("with 3 earlier run(s) waiting in the spool (for at most 20 s"),
        "{out}"
    );
    assert!(
        out.contains("with 3 earlier runs that were waiting"),
        "{out}"
    );
}

/// Low: two processes flushing the same spool at once each count only the runs they removed.
#[test]
fn concurrent_flushes_count_only_the_runs_they_removed() {
    let lrs = serve(|req| Reply::ids(req).after(Duration::from_millis(300)));
    let dir = tempfile::tempdir().expect("tempdir");
    let mut r = record(21, "erin");
    r.actions.truncate(10);
    let n = 40;
    spool_runs(dir.path(), &r, n);
    let flushes: Vec<_> = (0..2)
        .map(|_| spool::flush_in_background(dir.path().to_path_buf(), lrs_at(&lrs.url)))
        .collect();
    let done: Vec<spool::Flushed> = flushes
        .into_iter()
        .map(|h| h.join().expect("thread"))
        .collect();
    assert!(done.iter().all(|d| d.stopped.is_none()), "{done:?}");
    let counted: usize = done.iter().map(|d| d.runs.len()).sum();
    assert_eq!(counted, n, "each run counted once: {done:?}");
    assert!(spool::pending(dir.path()).is_empty());
}

/// Low: an entry that is not a spool file (truncated, huge, a link, a folder) is set aside once,
/// named then, and never followed: a link's target is neither read nor sent.
#[test]
fn unreadable_spool_entries_are_set_aside_once_and_links_not_followed() {
    let lrs = serve(Reply::ids);
    let dir = tempfile::tempdir().expect("tempdir");
    let results = dir.path().join("results");
    let r = record(22, "erin");
    spool_runs(&results, &r, 1);
    let folder = spool::folder(&results);
    std::fs::write(folder.join("2021-truncated.json"), b"[{\"id\": \"a\"").expect("w");
    let huge = std::fs::File::create(folder.join("2021-huge.json")).expect("w");
    huge.set_len(64 << 20).expect("sparse");
    std::fs::create_dir(folder.join("2021-folder.json")).expect("mkdir");
    // A link to someone else's statements, outside the spool.
    let outside = dir.path().join("elsewhere.json");
    let theirs = xapi::statements(&record(23, "mallory"), "theirs.json").expect("valid");
    std::fs::write(&outside, serde_json::to_vec(&theirs).expect("json")).expect("w");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&outside, folder.join("2021-link.json")).expect("link");
    let client = Client::new(&lrs_at(&lrs.url)).expect("client");
    let done = spool::flush(&results, &client);
    assert_eq!(done.runs.len(), 1, "{done:?}");
    let aside: Vec<String> = done
        .unreadable
        .iter()
        .map(|(p, _)| p.file_name().expect("name").to_string_lossy().into_owned())
        .collect();
    let mut expected = vec!["2021-folder.json", "2021-huge.json", "2021-truncated.json"];
    if cfg!(unix) {
        expected.insert(2, "2021-link.json");
    }
    assert_eq!(aside, expected, "{done:?}");
    assert!(
        done.unreadable
            .iter()
            .all(|(p, _)| p.starts_with(spool::unreadable_folder(&results)))
    );
    assert!(outside.exists(), "the link's target is untouched");
    let sent: Vec<String> = lrs
        .posts()
        .iter()
        .flat_map(|p| p.statements())
        .map(|s| s["id"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(
        theirs
            .iter()
            .all(|s| !sent.contains(&s["id"].as_str().unwrap_or("").to_string()))
    );
    // Named once: the next flush has nothing to say about them.
    let again = spool::flush(&results, &client);
    assert!(again.unreadable.is_empty(), "{again:?}");
    assert!(spool::pending(&results).is_empty());
}
