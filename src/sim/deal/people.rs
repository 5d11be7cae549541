//! The people of a deal, kept in chunks that copies of the deal share until one of them changes
//! a person (copied on write). Bots copy a whole deal for every move they weigh, and a move
//! changes one or two people: copying (or even counting a reference to) each of a thousand
//! people made that copy the cost of a large deal, and a record per person scattered them over
//! memory, which every decision reads through.

use std::ops::Index;
use std::sync::Arc;

use super::Person;

/// People per chunk: a change copies one chunk, and a copy of the deal counts one reference per
/// chunk.
const CHUNK: usize = 32;

#[derive(Debug, Clone)]
pub(in crate::sim) struct People {
    chunks: Arc<[Arc<[Person]>]>,
    len: usize,
}

impl People {
    /// `len` people, each made by `fresh`.
    pub fn fresh(len: usize, fresh: impl Fn() -> Person) -> People {
        let chunks = (0..len.div_ceil(CHUNK))
            .map(|k| (0..CHUNK.min(len - k * CHUNK)).map(|_| fresh()).collect())
            .collect::<Vec<Arc<[Person]>>>();
        People {
            chunks: chunks.into(),
            len,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn get(&self, i: usize) -> Option<&Person> {
        (i < self.len).then(|| &self[i])
    }

    /// One person, to change: their chunk is copied first if another deal shares it.
    pub fn get_mut(&mut self, i: usize) -> &mut Person {
        let chunks = Arc::make_mut(&mut self.chunks);
        &mut Arc::make_mut(&mut chunks[i / CHUNK])[i % CHUNK]
    }

    pub fn iter(&self) -> impl Iterator<Item = &Person> {
        self.chunks.iter().flat_map(|c| c.iter())
    }
}

impl Index<usize> for People {
    type Output = Person;

    fn index(&self, i: usize) -> &Person {
        &self.chunks[i / CHUNK][i % CHUNK]
    }
}
