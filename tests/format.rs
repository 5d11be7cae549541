//! The format's ways to say who may be met and who tells what (issue 24): `AnyOf` in access,
//! facts told only above a relationship (`Trusted`), each played through the terminal and
//! snapshotted, so a trainer's file means what the guide says.

mod common;

use common::{ka, root};

fn play(fixture: &str, moves: &str) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let script = dir.path().join("moves.txt");
    std::fs::write(&script, moves).expect("script");
    let file = root().join("tests/fixtures").join(fixture);
    let (code, out, err) = ka(
        dir.path(),
        &[
            "play",
            &file.to_string_lossy(),
            "--script",
            &script.to_string_lossy(),
            "--no-record",
        ],
    );
    assert_eq!(code, 0, "{err}");
    out
}

#[test]
fn any_of_lets_in_by_either_rule() {
    // Neither rule holds: the trainee is told both ways in.
    let early = play("any-of.ron", "meet boss\ndecide\n");
    assert!(
        early
            .contains("Not now: needs an introduction by Admin or only during \"Final decision\"."),
        "{early}"
    );
    // The admin's introduction is enough.
    let introduced = play("any-of.ron", "meet admin\nmeet boss\ndecide\n");
    assert!(
        introduced.contains("You met The Boss for the first time."),
        "{introduced}"
    );
    // So is the final stage, with no introduction.
    let later = play("any-of.ron", "wait 4\nmeet boss\ndecide\n");
    assert!(
        later.contains("You met The Boss for the first time."),
        "{later}"
    );
    insta::assert_snapshot!(
        "any-of",
        format!("{early}\n---\n{introduced}\n---\n{later}")
    );
}

#[test]
fn a_trusted_source_tells_only_once_the_relationship_is_high_enough() {
    let out = play(
        "trusted.ron",
        "meet admin\nask admin what_matters\ntactic lunch\nask admin what_matters\ndecide\n",
    );
    let held = out
        .find("Admin is not ready to tell you that yet")
        .expect(&out);
    let told = out.find("Learned: The boss wants speed.").expect(&out);
    assert!(held < told, "first held back, then told: {out}");
    // Never trusted enough: never told.
    let never = play(
        "trusted.ron",
        "meet admin\nask admin what_matters\ndecide\n",
    );
    assert!(!never.contains("Learned: The boss wants speed."), "{never}");
    insta::assert_snapshot!("trusted", out);
}
