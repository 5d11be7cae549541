//! Reading files that come from other people: regular files only, never more than a stated size,
//! and a UTF-8 byte-order mark (Windows Notepad writes one) is not part of the text.
//!
//! A named pipe would block a reader forever and `/dev/zero` would fill memory, so a path must
//! name a regular file (symbolic links are followed, so a link to a device is refused too).

use std::fs::File;
use std::io::{self, BufRead, Read};
use std::path::Path;

/// The UTF-8 byte-order mark.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The bytes without a leading UTF-8 byte-order mark.
pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BOM).unwrap_or(bytes)
}

/// Why a file could not be read. Like every error of this crate, it displays as one line with its
/// cause, and has no `source()` of its own (a printer of error chains would repeat the cause).
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Not a regular file: a folder, a named pipe, a device or a socket.
    #[error("it is {0}, not a regular file")]
    NotRegular(&'static str),
    /// Larger than the limit (in bytes).
    #[error("it is larger than {}", size(*.0))]
    TooLarge(u64),
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// A byte count in words: "16 MiB", "4 KiB", "100 bytes".
pub fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 && b % (1 << 20) == 0 => format!("{} MiB", b >> 20),
        b if b >= 1 << 10 && b % (1 << 10) == 0 => format!("{} KiB", b >> 10),
        b => format!("{b} bytes"),
    }
}

/// What kind of thing a non-regular file is, in words.
pub fn kind(t: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if t.is_dir() { "a folder" } else { "not a file" }
}

/// Opens a regular file for reading. A named pipe is opened without waiting for a writer, then
/// refused, so this never blocks.
pub fn open_regular(path: &Path) -> Result<File, ReadError> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular(kind(meta.file_type())));
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    // The path may have been swapped for something else between the two looks.
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular(kind(meta.file_type())));
    }
    Ok(file)
}

/// Reads a whole regular file of at most `max` bytes, without a leading byte-order mark.
pub fn read_regular(path: &Path, max: u64) -> Result<Vec<u8>, ReadError> {
    let file = open_regular(path)?;
    let mut bytes = Vec::new();
    file.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(ReadError::TooLarge(max));
    }
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
    Ok(bytes)
}

/// Why a line of commands could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LineError {
    #[error("line {line} is longer than {max} bytes; a command is one short line")]
    TooLong { line: usize, max: usize },
    #[error("line {line}, column {column}: not UTF-8 text; save the file as UTF-8")]
    NotUtf8 { line: usize, column: usize },
    #[error("cannot read line {line}: {error}")]
    Io { line: usize, error: io::Error },
}

/// Lines of commands from a file or standard input, each at most `max` bytes, so an endless
/// stream without a newline (`/dev/zero`) is an error after `max` bytes, not a full memory.
/// A byte-order mark before the first line is skipped; a line with bytes that are not UTF-8 is
/// an error that names it.
pub struct Lines<R> {
    reader: R,
    max: usize,
    line: usize,
    done: bool,
}

impl<R: BufRead> Lines<R> {
    pub fn new(reader: R, max: usize) -> Self {
        Lines {
            reader,
            max,
            line: 0,
            done: false,
        }
    }

    /// The number of the line last read (1-based).
    pub fn line(&self) -> usize {
        self.line
    }

    /// The next line without its line ending, `Ok(None)` at the end.
    pub fn next_line(&mut self) -> Result<Option<String>, LineError> {
        if self.done {
            return Ok(None);
        }
        self.line += 1;
        let line = self.line;
        let mut buf = Vec::new();
        let limit = (self.max as u64).saturating_add(2);
        let read = (&mut self.reader)
            .take(limit)
            .read_until(b'\n', &mut buf)
            .map_err(|error| LineError::Io { line, error })?;
        if read == 0 {
            self.done = true;
            return Ok(None);
        }
        if buf.last() == Some(&b'\n') {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        } else if buf.len() as u64 == limit {
            self.done = true;
            return Err(LineError::TooLong {
                line,
                max: self.max,
            });
        }
        if buf.len() > self.max {
            self.done = true;
            return Err(LineError::TooLong {
                line,
                max: self.max,
            });
        }
        let bytes = if line == 1 { strip_bom(&buf) } else { &buf };
        match std::str::from_utf8(bytes) {
            Ok(s) => Ok(Some(s.to_string())),
            Err(e) => {
                self.done = true;
                let column = String::from_utf8_lossy(&bytes[..e.valid_up_to()])
                    .chars()
                    .count()
                    + 1;
                Err(LineError::NotUtf8 { line, column })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(input: &[u8], max: usize) -> Vec<Result<String, String>> {
        let mut lines = Lines::new(input, max);
        let mut out = Vec::new();
        loop {
            match lines.next_line() {
                Ok(Some(l)) => out.push(Ok(l)),
                Ok(None) => break,
                Err(e) => {
                    out.push(Err(e.to_string()));
                    break;
                }
            }
        }
        out
    }

    #[test]
    fn lines_strip_the_bom_and_line_endings() {
        let got = all(b"\xEF\xBB\xBFmeet a\r\nwait 2\nlast", 20);
        assert_eq!(
            got,
            vec![Ok("meet a".into()), Ok("wait 2".into()), Ok("last".into())]
        );
    }

    #[test]
    fn a_long_line_is_an_error_after_max_bytes() {
        let zeros = vec![0u8; 10_000];
        let got = all(&zeros, 100);
        assert_eq!(got.len(), 1);
        assert!(
            got[0]
                .as_ref()
                .is_err_and(|e| e.contains("line 1 is longer"))
        );
        // Exactly max bytes is fine.
        assert_eq!(all(&[b'a'; 100], 100), vec![Ok("a".repeat(100))]);
    }

    #[test]
    fn a_bad_byte_names_its_line_and_column() {
        let got = all(b"meet a\nme\xffet b\n", 100);
        assert_eq!(got[0], Ok("meet a".into()));
        assert!(
            got[1]
                .as_ref()
                .is_err_and(|e| e.contains("line 2, column 3")),
            "{got:?}"
        );
    }

    #[test]
    fn sizes_read_well() {
        assert_eq!(size(16 << 20), "16 MiB");
        assert_eq!(size(4096), "4 KiB");
        assert_eq!(size(100), "100 bytes");
    }
}
