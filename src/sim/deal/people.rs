//! Arrays by person or fact kept in chunks that copies of the deal share until one of them
//! changes an element (copied on write). Bots copy a whole deal for every move they weigh, and a
//! move changes one or two people or facts: copying (or even counting a reference to) each of a
//! thousand people made that copy the cost of a large deal, and a record per person scattered
//! them over memory, which every decision reads through.

use std::ops::Index;
use std::sync::Arc;

use super::Person;

/// Elements per chunk: a change copies one chunk, and a copy of the deal counts one reference
/// per chunk.
const CHUNK: usize = 32;

#[derive(Debug, Clone)]
pub(in crate::sim) struct Chunks<T> {
    chunks: Arc<[Arc<[T]>]>,
    len: usize,
}

/// The people of a deal.
pub(in crate::sim) type People = Chunks<Person>;

impl<T: Clone> Chunks<T> {
    /// `len` elements, each made by `fresh`.
    pub fn fresh(len: usize, fresh: impl Fn() -> T) -> Self {
        let chunks = (0..len.div_ceil(CHUNK))
            .map(|k| (0..CHUNK.min(len - k * CHUNK)).map(|_| fresh()).collect())
            .collect::<Vec<Arc<[T]>>>();
        Chunks {
            chunks: chunks.into(),
            len,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<&T> {
        (i < self.len).then(|| &self[i])
    }

    /// One element, to change: its chunk is copied first if another deal shares it.
    pub fn get_mut(&mut self, i: usize) -> &mut T {
        let chunks = Arc::make_mut(&mut self.chunks);
        &mut Arc::make_mut(&mut chunks[i / CHUNK])[i % CHUNK]
    }

    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.chunks.iter().flat_map(|c| c.iter())
    }
}

impl<T> Index<usize> for Chunks<T> {
    type Output = T;

    #[inline]
    fn index(&self, i: usize) -> &T {
        &self.chunks[i / CHUNK][i % CHUNK]
    }
}
