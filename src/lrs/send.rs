//! `export-xapi --lrs`: a folder's statements posted in batches, one record read at a time.

use std::path::Path;

use serde_json::Value;

use super::{Client, LrsError};
use crate::record::{RecordError, xapi};

/// What sending a folder did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sent {
    pub exported: xapi::Exported,
    pub posts: usize,
}

/// Sends the statements of every record in `dir`, `batch` at a time, reading one record at a
/// time. Stops at the first error; what was sent before it stays sent, and sending again later
/// stores nothing twice. The outer `Err`: the folder cannot be listed.
pub fn send_folder(
    client: &Client,
    dir: &Path,
    batch: usize,
    skip: impl FnMut(&Path, &str),
) -> Result<Result<Sent, (LrsError, usize)>, RecordError> {
    let batch = batch.max(1);
    let mut pending: Vec<Value> = Vec::with_capacity(batch);
    let mut posts = 0;
    let mut sent = 0;
    let result = xapi::for_each_record(dir, skip, |statements| {
        for s in statements {
            pending.push(s);
            if pending.len() >= batch {
                client.post(&pending)?;
                posts += 1;
                sent += pending.len();
                pending.clear();
            }
        }
        Ok(())
    })?;
    let exported = match result {
        Ok(e) => e,
        Err(e) => return Ok(Err((e, sent))),
    };
    if let Err(e) = client.post(&pending) {
        return Ok(Err((e, sent)));
    }
    if !pending.is_empty() {
        posts += 1;
    }
    Ok(Ok(Sent { exported, posts }))
}
