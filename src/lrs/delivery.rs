//! Where a finished run went: [`deliver`] spools it and sends the spool within a time bound;
//! [`Delivery`] says what happened in one line, in any language the game speaks.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::spool::{self, Flushed, SpoolError};
use super::{Client, Lrs, LrsError};
use crate::i18n::Lang;
use crate::record::{RunRecord, xapi};
use crate::tr;

/// Where a run's statements went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// The LRS took them, and `earlier` runs that were waiting in the spool; `left` runs still
    /// wait in `folder` (the time to send ran out) and go at the next start.
    Sent {
        url: String,
        statements: usize,
        earlier: usize,
        left: usize,
        folder: PathBuf,
        unreadable: Vec<(PathBuf, String)>,
    },
    /// They wait in the spool `folder`, because of `why`, and go at the next start.
    Spooled {
        why: LrsError,
        folder: PathBuf,
        statements: usize,
        unreadable: Vec<(PathBuf, String)>,
    },
    /// The LRS refused them for what they hold; they are kept in `file`.
    Rejected {
        why: LrsError,
        file: PathBuf,
        unreadable: Vec<(PathBuf, String)>,
    },
}

impl Delivery {
    /// One line for the trainee, in English: where the result went.
    pub fn line(&self) -> String {
        self.line_in(Lang::En)
    }

    /// One line for the trainee, in `lang`: where the result went.
    pub fn line_in(&self, lang: Lang) -> String {
        let shown = |p: &Path| p.display().to_string();
        let (mut line, unreadable) = match self {
            Delivery::Sent {
                url,
                statements,
                earlier,
                left,
                folder,
                unreadable,
            } => {
                let mut line = tr!(
                    lang,
                    "lrs-sent",
                    url = url,
                    statements = *statements,
                    earlier = *earlier
                );
                if *left > 0 {
                    line.push_str(between(lang));
                    line.push_str(&tr!(
                        lang,
                        "lrs-sent-left",
                        left = *left,
                        folder = shown(folder)
                    ));
                }
                (line, unreadable)
            }
            Delivery::Spooled {
                why,
                folder,
                statements,
                unreadable,
            } => {
                let why = why_text(why, lang);
                let line = if matches!(self.error(), Some(LrsError::BadUrl { .. }))
                    || matches!(self.error(), Some(LrsError::Redirected { .. }))
                {
                    tr!(
                        lang,
                        "lrs-spooled-fix-url",
                        why = why,
                        statements = *statements,
                        folder = shown(folder)
                    )
                } else {
                    tr!(
                        lang,
                        "lrs-spooled",
                        why = why,
                        statements = *statements,
                        folder = shown(folder)
                    )
                };
                (line, unreadable)
            }
            Delivery::Rejected {
                why,
                file,
                unreadable,
            } => (
                tr!(
                    lang,
                    "lrs-rejected",
                    why = why_text(why, lang),
                    file = shown(file)
                ),
                unreadable,
            ),
        };
        if let Some((first, _)) = unreadable.first() {
            let folder = first.parent().map(shown).unwrap_or_default();
            line.push_str(between(lang));
            line.push_str(&tr!(
                lang,
                "lrs-set-aside",
                files = unreadable.len(),
                folder = folder
            ));
        }
        line
    }

    /// The spool entries set aside this time, one line each (named once: they are not in the
    /// spool any more).
    pub fn notes_in(&self, lang: Lang) -> Vec<String> {
        let (Delivery::Sent { unreadable, .. }
        | Delivery::Spooled { unreadable, .. }
        | Delivery::Rejected { unreadable, .. }) = self;
        unreadable
            .iter()
            .map(|(file, why)| {
                tr!(
                    lang,
                    "lrs-set-aside-file",
                    file = file.display().to_string(),
                    why = why
                )
            })
            .collect()
    }

    fn error(&self) -> Option<&LrsError> {
        match self {
            Delivery::Sent { .. } => None,
            Delivery::Spooled { why, .. } | Delivery::Rejected { why, .. } => Some(why),
        }
    }

    /// True when the LRS or the settings refused (as opposed to sent, or not reachable now).
    pub fn refused(&self) -> bool {
        match self {
            Delivery::Sent { .. } => false,
            Delivery::Spooled { why, .. } => !why.is_offline(),
            Delivery::Rejected { .. } => true,
        }
    }
}

/// What goes between two sentences: a space, or nothing after a Chinese full stop.
fn between(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => "",
        Lang::En => " ",
    }
}

/// An error's line without its final full stop, to go inside a sentence.
fn why_text(e: &LrsError, lang: Lang) -> String {
    let m = e.message(lang);
    m.strip_suffix('.')
        .or_else(|| m.strip_suffix('。'))
        .map_or(m.clone(), str::to_string)
}

/// Sends a saved run to the LRS through the spool: the game's and `play`'s way of sending.
/// `record_path` is where the record was saved (its file name keys the statements, as
/// `export-xapi` does, so either way the LRS stores them once). The run goes first, then what
/// waits in the spool, for at most [`spool::WAIT`]. `Err` when the run cannot be put into xAPI
/// or spooled.
pub fn deliver(
    results: &Path,
    record_path: &Path,
    record: &RunRecord,
    lrs: &Lrs,
) -> Result<Delivery, SpoolError> {
    deliver_within(results, record_path, record, lrs, spool::WAIT)
}

/// [`deliver`], sending for at most `wait`.
pub fn deliver_within(
    results: &Path,
    record_path: &Path,
    record: &RunRecord,
    lrs: &Lrs,
    wait: Duration,
) -> Result<Delivery, SpoolError> {
    let deadline = Instant::now() + wait;
    let key = xapi::key_of(record_path);
    let statements = xapi::statements(record, &key).map_err(SpoolError::Xapi)?;
    let n = statements.len();
    let spooled = spool::put(results, &key, &statements)?;
    let folder = spool::folder(results);
    let client = match Client::new(lrs) {
        Ok(c) => c,
        Err(why) => {
            return Ok(Delivery::Spooled {
                why,
                folder,
                statements: n,
                unreadable: Vec::new(),
            });
        }
    };
    let done = spool::flush_within(results, &client, Some(&spooled), Some(deadline));
    Ok(delivery(&client, done, &spooled, n, folder, wait))
}

/// What a flush that started with the run in `spooled` means for that run.
fn delivery(
    client: &Client,
    done: Flushed,
    spooled: &Path,
    statements: usize,
    folder: PathBuf,
    wait: Duration,
) -> Delivery {
    let name = spooled.file_name().unwrap_or_default();
    let rejected = done
        .rejected
        .iter()
        .position(|(f, _)| f.file_name() == Some(name));
    // Sent by this flush; or gone from the spool without being set aside here: another flush
    // sent it (a file is removed only once the LRS took it).
    let sent = done.runs.iter().any(|f| f == spooled)
        || done.also_sent.iter().any(|f| f == spooled)
        || (rejected.is_none()
            && !done
                .unreadable
                .iter()
                .any(|(f, _)| f.file_name() == Some(name))
            && std::fs::symlink_metadata(spooled).is_err());
    if sent {
        return Delivery::Sent {
            url: client.url().to_string(),
            statements,
            earlier: done.runs.iter().filter(|f| *f != spooled).count(),
            left: done.left,
            folder,
            unreadable: done.unreadable,
        };
    }
    if let Some(i) = rejected {
        let mut rejected = done.rejected;
        let (file, why) = rejected.swap_remove(i);
        return Delivery::Rejected {
            why,
            file,
            unreadable: done.unreadable,
        };
    }
    let why = done.stopped.unwrap_or_else(|| LrsError::Timeout {
        url: client.url().to_string(),
        secs: wait.as_secs().max(1),
    });
    Delivery::Spooled {
        why,
        folder,
        statements,
        unreadable: done.unreadable,
    }
}

/// Sends what waits in the spool on a thread of its own (the game does this at start), with no
/// time bound but the client's own.
pub fn flush_in_background(results: PathBuf, lrs: Lrs) -> std::thread::JoinHandle<Flushed> {
    std::thread::spawn(move || match Client::new(&lrs) {
        Ok(client) => spool::flush(&results, &client),
        Err(e) => Flushed {
            stopped: Some(e),
            ..Flushed::default()
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(earlier: usize, left: usize) -> Delivery {
        Delivery::Sent {
            url: "http://h/xAPI".into(),
            statements: 12,
            earlier,
            left,
            folder: PathBuf::from("/r/xapi-spool"),
            unreadable: Vec::new(),
        }
    }

    #[test]
    fn lines_read_as_before_in_english_and_naturally_in_chinese() {
        assert_eq!(
            sent(0, 0).line(),
            "Sent to the LRS at http://h/xAPI (12 statements)."
        );
        assert_eq!(
            sent(1, 0).line(),
            "Sent to the LRS at http://h/xAPI (12 statements), with 1 earlier run that was waiting."
        );
        assert_eq!(
            sent(3, 2).line(),
            "Sent to the LRS at http://h/xAPI (12 statements), with 3 earlier runs that were \
             waiting. 2 more runs wait in /r/xapi-spool and go at the next start."
        );
        assert_eq!(
            sent(0, 0).line_in(Lang::ZhCn),
            "已发送到位于 http://h/xAPI 的 LRS（12 条语句）。"
        );
        assert_eq!(
            sent(3, 2).line_in(Lang::ZhCn),
            "已发送到位于 http://h/xAPI 的 LRS（12 条语句），并一并发送了此前等待中的 3 局。\
             另有 2 局仍在 /r/xapi-spool 中等待，将在下次启动时发送。"
        );
        let down = Delivery::Spooled {
            why: LrsError::Unreachable {
                url: "http://h/xAPI".into(),
                why: super::super::Cause::ConnectionFailed,
            },
            folder: PathBuf::from("/r/xapi-spool"),
            statements: 12,
            unreadable: vec![(
                PathBuf::from("/r/xapi-spool/unreadable/x.json"),
                "bad".into(),
            )],
        };
        assert_eq!(
            down.line(),
            "Not sent yet: the LRS at http://h/xAPI cannot be reached: the connection failed. The \
             12 statements wait in /r/xapi-spool and go at the next start. 1 file in the spool \
             that is not a run was moved to /r/xapi-spool/unreadable."
        );
        assert!(!down.refused());
        assert_eq!(
            down.line_in(Lang::ZhCn),
            "尚未发送：无法连接位于 http://h/xAPI 的 LRS：连接失败。这 12 条语句在 /r/xapi-spool \
             中等待，将在下次启动时发送。待发队列中有 1 个不是对局的文件，已移到 \
             /r/xapi-spool/unreadable。"
        );
    }
}
