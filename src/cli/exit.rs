//! How a command ends: an exit code of its own type, and the error that stopped it.
//!
//! The library says what went wrong with typed errors (`RecordError`, `LrsError`, ...); here they
//! get their context in words (`anyhow`) and the exit code that scripts rely on.

use std::process::ExitCode;

/// The exit codes of `key-account`. (The game window's own codes pass through as they are.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Exit {
    /// Done, and nothing was found wrong.
    Ok = 0,
    /// The command ran and found or met a problem: errors in a scenario, a failed lesson or
    /// expectation, a replay that differs, a record not saved, an LRS that refused.
    Problems = 1,
    /// The command could not do what was asked: unusable arguments or settings, input that
    /// cannot be read.
    Usage = 2,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(exit as u8)
    }
}

/// A command that stopped on an error: the error with its context, and the exit code it means.
/// `super::main` prints it as one line, `error: CONTEXT: CAUSE`.
#[derive(Debug)]
pub struct Failure {
    pub exit: Exit,
    pub error: anyhow::Error,
}

/// What a command returns: how it ended, or the error that stopped it.
pub type Outcome = Result<Exit, Failure>;

/// Gives an error its exit code: `std::fs::write(..).context("cannot write X").or_exit(..)?`.
pub trait OrExit<T> {
    fn or_exit(self, exit: Exit) -> Result<T, Failure>;
}

impl<T, E: Into<anyhow::Error>> OrExit<T> for Result<T, E> {
    fn or_exit(self, exit: Exit) -> Result<T, Failure> {
        self.map_err(|e| Failure {
            exit,
            error: e.into(),
        })
    }
}

/// Returns a [`Failure`] from the enclosing command: `fail!(Exit::Usage, "no file {}", ..)`.
macro_rules! fail {
    ($exit:expr, $($t:tt)*) => {
        return Err($crate::cli::exit::Failure {
            exit: $exit,
            error: anyhow::anyhow!($($t)*),
        })
    };
}
