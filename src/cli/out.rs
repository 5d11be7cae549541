//! The terminal: every line the command line prints goes through these writers, and text that
//! came from a file, a name or a server is escaped on the way (`key_account::escape`), so no
//! control character reaches the terminal.

use std::io::Write;

/// Writes text to standard output. A closed pipe (`key-account play ... | head -1`) ends the
/// program quietly; any other failure (a full disk) is an error on standard error, exit 1.
pub fn out_raw(text: &str) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout
        .write_all(text.as_bytes())
        .and_then(|_| stdout.flush())
    {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        let _ = writeln!(
            std::io::stderr(),
            "error: cannot write to standard output: {e}"
        );
        std::process::exit(1);
    }
}

/// Writes text to standard error as it is; callers escape what came from outside (`tell!`), or
/// pass text that is escaped already (rendered diagnostics).
pub fn err_raw(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// `println!` for standard output: control characters that came from a file or a name are shown
/// escaped, never sent to the terminal; write failures are handled by `out_raw`.
macro_rules! say {
    () => { $crate::cli::out::out_raw("\n") };
    ($($t:tt)*) => {
        $crate::cli::out::out_raw(&key_account::escape::text(&format!(
            "{}\n",
            format_args!($($t)*)
        )))
    };
}

/// `eprintln!` with control characters escaped.
macro_rules! tell {
    ($($t:tt)*) => {
        $crate::cli::out::err_raw(&key_account::escape::text(&format!(
            "{}\n",
            format_args!($($t)*)
        )))
    };
}
