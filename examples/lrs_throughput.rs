//! Statements per second to a Learning Record Store, batched against one by one, in one run.
//!
//! `KEY_ACCOUNT_TEST_LRS=URL KEY_ACCOUNT_TEST_LRS_USER=U KEY_ACCOUNT_TEST_LRS_PASSWORD=P \
//!  cargo run --no-default-features --example lrs_throughput -- [SINGLE] [BATCHED] [BATCH]`
//!
//! Sends SINGLE statements (default 300) one per request, then BATCHED others (default 3,000) in
//! requests of BATCH (default 500), all new (ids from this run's time), and prints both rates and
//! their ratio. `scripts/ralph.sh start DIR` starts a local Ralph and writes the variables.
use std::time::Instant;

use key_account::bot::{self, Constraints};
use key_account::lrs::{Client, Lrs};
use key_account::record::{RunRecord, xapi};
use key_account::scenario::{self, Policy};

fn main() {
    let url = std::env::var("KEY_ACCOUNT_TEST_LRS")
        .expect("set KEY_ACCOUNT_TEST_LRS to the LRS's xAPI endpoint (scripts/ralph.sh)");
    let lrs = Lrs {
        url,
        user: std::env::var("KEY_ACCOUNT_TEST_LRS_USER").ok(),
        password: std::env::var("KEY_ACCOUNT_TEST_LRS_PASSWORD").ok(),
    };
    let arg = |i: usize, default: usize| {
        std::env::args()
            .nth(i)
            .and_then(|s| s.parse().ok())
            .unwrap_or(default)
    };
    let (single, batched, batch) = (arg(1, 300), arg(2, 3000), arg(3, 500));
    let client = Client::new(&lrs).expect("a usable URL");

    // New statements: records of random deals, keyed by this run's time so no id is stored yet.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let scenarios: Vec<_> = scenario::scenario_files(&root)
        .expect("scenarios/")
        .iter()
        .filter_map(|p| scenario::load_path(p).scenario)
        .collect();
    let nonce = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let now = std::time::SystemTime::now();
    let mut statements = Vec::new();
    let mut i = 0u64;
    while statements.len() < single + batched {
        let sc = &scenarios[(i % scenarios.len() as u64) as usize];
        let deal = bot::play(sc, Policy::Random, i, &Constraints::default());
        let r = RunRecord::of(&deal, "x.ron", "throughput", now, now, &[]).expect("finished");
        statements.extend(xapi::statements(&r, &format!("bench-{nonce}-{i}.json")).expect("valid"));
        i += 1;
    }
    let before = client.count(&Default::default()).expect("the LRS answers");

    let t = Instant::now();
    for s in &statements[..single] {
        client.post(std::slice::from_ref(s)).expect("posted");
    }
    let one_by_one = single as f64 / t.elapsed().as_secs_f64();

    let t = Instant::now();
    client
        .post_batched(&statements[single..single + batched], batch)
        .expect("posted");
    let in_batches = batched as f64 / t.elapsed().as_secs_f64();

    let after = client.count(&Default::default()).expect("the LRS answers");
    println!(
        "LRS {}: {before} statements stored before, {after} after",
        client.url()
    );
    println!("one by one: {single} statements, {one_by_one:.0} statements/s");
    println!("batches of {batch}: {batched} statements, {in_batches:.0} statements/s");
    println!(
        "ratio: batched is {:.1}x one by one",
        in_batches / one_by_one
    );
}
