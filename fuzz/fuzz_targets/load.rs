//! Scenario loading and validation on arbitrary bytes; a file that loads is also played by the
//! random bot to an outcome. Neither may panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let report = key_account::scenario::load_bytes("fuzz.ron", data);
    for d in &report.diagnostics {
        assert!(d.line >= 1 && d.column >= 1);
        let _ = d.render(&report.source, false);
    }
    if let Some(sc) = report.scenario {
        let none = key_account::bot::Constraints::default();
        let deal = key_account::bot::play(&sc, key_account::scenario::Policy::Random, 1, &none);
        assert!(deal.is_finished());
    }
});
