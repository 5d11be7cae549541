//! Run records on arbitrary bytes: `record::from_bytes` (what `record::read` does after reading
//! the file), and every record that parses is replayed on the bundled scenarios, its words
//! escaped as the CLI shows them. None of it may panic or hang.
#![no_main]

use std::sync::OnceLock;

use key_account::i18n::Lang;
use libfuzzer_sys::fuzz_target;

fn scenarios() -> &'static Vec<key_account::scenario::Scenario> {
    static ALL: OnceLock<Vec<key_account::scenario::Scenario>> = OnceLock::new();
    ALL.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../scenarios");
        key_account::scenario::scenario_files(dir.as_ref())
            .unwrap_or_default()
            .iter()
            .filter_map(|p| key_account::scenario::load_path(p).scenario)
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(record) = key_account::record::from_bytes(data) else {
        return;
    };
    let _ = key_account::escape::line(&record.player);
    let _ = key_account::escape::csv_cell(&record.player);
    for sc in scenarios() {
        if sc.data().id == record.scenario_id || record.actions.len() < 64 {
            let _ = key_account::record::replay(&record, sc);
        }
    }
    let report = key_account::record::report::Report::new(vec![("fuzz.json".into(), record)], vec![]);
    for lang in [Lang::En, Lang::ZhCn] {
        let _ = report.text(lang);
        let _ = report.html(lang);
    }
    let _ = report.csv();
});
