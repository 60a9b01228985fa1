//! An insertion-ordered hash map in the layout of CPython's compact dict: a
//! dense vector of entries in insertion order, plus a sparse index table of
//! positions into it.
//!
//! Deleting leaves a hole in the entries so that positions held by
//! iterators stay valid; holes are squeezed out only when an insertion
//! finds no room, sized by CPython's rule (two thirds of a power-of-two
//! index, regrown to fit three times the live entries). For dicts built by
//! insertion, entry positions therefore match CPython's even while a loop
//! mutates the dict. Like CPython's, an iterator should remember `len()`
//! and raise "dictionary changed size during iteration" when it changes.
//!
//! Lookups take a hash and a matching closure, which must treat an object
//! as equal to itself (CPython tests identity before `__eq__`).

use std::convert::Infallible;
use std::mem;

const MIN_INDEX_SIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;
const EMPTY: u32 = u32::MAX;
const DELETED: u32 = u32::MAX - 1;

struct Entry<K, V> {
    hash: i64,
    key: K,
    value: V,
}

/// The entries [`DictTable::take_entries`] removed, still to be dropped.
pub struct Entries<K, V>(Vec<Option<Entry<K, V>>>);

impl<K, V> Entries<K, V> {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A map with caller-supplied hashes and equality, iterating in insertion
/// order.
pub struct DictTable<K, V> {
    /// Positions into `entries`; EMPTY and DELETED mark free index slots.
    indices: Vec<u32>,
    entries: Vec<Option<Entry<K, V>>>,
    used: usize,
    /// Insertions left before a rebuild. Not given back by `pop_last`,
    /// whose index slot stays marked deleted (as in CPython).
    usable: usize,
}

impl<K, V> Default for DictTable<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

/// Two thirds of the index slots may be used, as in CPython.
#[inline]
fn usable_fraction(index_size: usize) -> usize {
    (index_size << 1) / 3
}

/// The index size CPython picks when it rebuilds for `min_size` (at least
/// the minimum, rounded up to a power of two).
fn index_size_for(min_size: usize) -> usize {
    min_size.max(MIN_INDEX_SIZE).next_power_of_two()
}

enum Search {
    Found { index_slot: usize, position: usize },
    Vacant { index_slot: usize },
}

impl<K, V> DictTable<K, V> {
    pub fn new() -> Self {
        DictTable {
            indices: vec![EMPTY; MIN_INDEX_SIZE],
            entries: Vec::with_capacity(usable_fraction(MIN_INDEX_SIZE)),
            used: 0,
            usable: usable_fraction(MIN_INDEX_SIZE),
        }
    }

    /// A dict presized for `count` insertions, like CPython's
    /// `_PyDict_NewPresized` used by dict displays.
    pub fn with_capacity(count: usize) -> Self {
        const MAX_PRESIZE: usize = 1 << 17;
        let index_size = if count <= usable_fraction(MIN_INDEX_SIZE) {
            MIN_INDEX_SIZE
        } else if count > usable_fraction(MAX_PRESIZE) {
            MAX_PRESIZE
        } else {
            index_size_for((count * 3).div_ceil(2))
        };
        DictTable {
            indices: vec![EMPTY; index_size],
            entries: Vec::with_capacity(usable_fraction(index_size)),
            used: 0,
            usable: usable_fraction(index_size),
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// One past the last entry position, holes included: the bound for
    /// [`DictTable::entry_at`].
    #[inline]
    pub fn position_limit(&self) -> usize {
        self.entries.len()
    }

    fn search<E>(
        &self,
        hash: i64,
        is_match: &mut impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Search, E> {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut index_slot = (hash as u64 & mask as u64) as usize;
        let mut first_deleted = None;
        loop {
            match self.indices[index_slot] {
                EMPTY => {
                    return Ok(Search::Vacant {
                        index_slot: first_deleted.unwrap_or(index_slot),
                    })
                }
                DELETED => {
                    first_deleted.get_or_insert(index_slot);
                }
                position => {
                    let position = position as usize;
                    if let Some(entry) = &self.entries[position] {
                        if entry.hash == hash && is_match(&entry.key)? {
                            return Ok(Search::Found {
                                index_slot,
                                position,
                            });
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            index_slot = ((index_slot as u64)
                .wrapping_mul(5)
                .wrapping_add(perturb)
                .wrapping_add(1)
                & mask as u64) as usize;
        }
    }

    /// The position of the entry whose key matches the probe.
    pub fn try_position_of<E>(
        &self,
        hash: i64,
        mut is_match: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        Ok(match self.search(hash, &mut is_match)? {
            Search::Found { position, .. } => Some(position),
            Search::Vacant { .. } => None,
        })
    }

    pub fn try_get<E>(
        &self,
        hash: i64,
        is_match: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<(&K, &V)>, E> {
        Ok(self
            .try_position_of(hash, is_match)?
            .and_then(|position| self.entry_at_exact(position)))
    }

    #[inline]
    pub fn get(&self, hash: i64, mut is_match: impl FnMut(&K) -> bool) -> Option<&V> {
        infallible(self.try_get(hash, |key| Ok(is_match(key)))).map(|(_, value)| value)
    }

    pub fn try_get_mut<E>(
        &mut self,
        hash: i64,
        is_match: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<&mut V>, E> {
        Ok(match self.try_position_of(hash, is_match)? {
            Some(position) => self.entries[position]
                .as_mut()
                .map(|entry| &mut entry.value),
            None => None,
        })
    }

    #[inline]
    pub fn get_mut(&mut self, hash: i64, mut is_match: impl FnMut(&K) -> bool) -> Option<&mut V> {
        infallible(self.try_get_mut(hash, |key| Ok(is_match(key))))
    }

    #[inline]
    pub fn contains_key(&self, hash: i64, is_match: impl FnMut(&K) -> bool) -> bool {
        self.get(hash, is_match).is_some()
    }

    /// Sets the value for `key`. An existing entry keeps its original key
    /// and position and its old value is returned; a new one goes last.
    /// `eq` receives the stored key, then the new one.
    pub fn try_insert<E>(
        &mut self,
        hash: i64,
        key: K,
        value: V,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<V>, E> {
        match self.search(hash, &mut |stored| eq(stored, &key))? {
            Search::Found { position, .. } => {
                let entry = self.entries[position]
                    .as_mut()
                    .expect("indexed entries are live");
                Ok(Some(mem::replace(&mut entry.value, value)))
            }
            Search::Vacant { index_slot } => {
                if self.usable > 0 {
                    self.push_entry(index_slot, hash, key, value);
                } else {
                    self.rebuild(index_size_for(self.used * 3));
                    let index_slot = self.free_index_slot(hash);
                    self.push_entry(index_slot, hash, key, value);
                }
                Ok(None)
            }
        }
    }

    #[inline]
    pub fn insert(
        &mut self,
        hash: i64,
        key: K,
        value: V,
        mut eq: impl FnMut(&K, &K) -> bool,
    ) -> Option<V> {
        infallible(self.try_insert(hash, key, value, |stored, new| Ok(eq(stored, new))))
    }

    fn push_entry(&mut self, index_slot: usize, hash: i64, key: K, value: V) {
        self.indices[index_slot] = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
        self.usable -= 1;
    }

    /// The first free index slot on `hash`'s probe path; only for tables
    /// without deleted slots, right after a rebuild.
    fn free_index_slot(&self, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut index_slot = (hash as u64 & mask as u64) as usize;
        while self.indices[index_slot] != EMPTY {
            perturb >>= PERTURB_SHIFT;
            index_slot = ((index_slot as u64)
                .wrapping_mul(5)
                .wrapping_add(perturb)
                .wrapping_add(1)
                & mask as u64) as usize;
        }
        index_slot
    }

    /// Squeezes out holes and re-indexes into `index_size` slots.
    fn rebuild(&mut self, index_size: usize) {
        let old_entries = mem::take(&mut self.entries);
        self.entries = Vec::with_capacity(usable_fraction(index_size));
        self.entries
            .extend(old_entries.into_iter().filter(Option::is_some));
        self.indices = vec![EMPTY; index_size];
        self.usable = usable_fraction(index_size) - self.entries.len();
        for position in 0..self.entries.len() {
            let hash = self.entries[position]
                .as_ref()
                .expect("holes were removed")
                .hash;
            let index_slot = self.free_index_slot(hash);
            self.indices[index_slot] = position as u32;
        }
    }

    /// Removes the entry matching the probe, leaving a hole at its position.
    pub fn try_remove<E>(
        &mut self,
        hash: i64,
        mut is_match: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<(K, V)>, E> {
        Ok(match self.search(hash, &mut is_match)? {
            Search::Found {
                index_slot,
                position,
            } => Some(self.remove_found(index_slot, position)),
            Search::Vacant { .. } => None,
        })
    }

    #[inline]
    pub fn remove(&mut self, hash: i64, mut is_match: impl FnMut(&K) -> bool) -> Option<(K, V)> {
        infallible(self.try_remove(hash, |key| Ok(is_match(key))))
    }

    fn remove_found(&mut self, index_slot: usize, position: usize) -> (K, V) {
        self.indices[index_slot] = DELETED;
        self.used -= 1;
        let entry = self.entries[position]
            .take()
            .expect("indexed entries are live");
        (entry.key, entry.value)
    }

    /// The index slot that points at `position`.
    fn index_slot_of(&self, position: usize, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut index_slot = (hash as u64 & mask as u64) as usize;
        while self.indices[index_slot] != position as u32 {
            perturb >>= PERTURB_SHIFT;
            index_slot = ((index_slot as u64)
                .wrapping_mul(5)
                .wrapping_add(perturb)
                .wrapping_add(1)
                & mask as u64) as usize;
        }
        index_slot
    }

    /// `dict.popitem()`: removes the newest entry. Trailing holes are
    /// dropped so later insertions reuse those positions, as in CPython.
    pub fn pop_last(&mut self) -> Option<(K, V)> {
        while let Some(None) = self.entries.last() {
            self.entries.pop();
        }
        let position = self.entries.len().checked_sub(1)?;
        let hash = self.entries[position].as_ref()?.hash;
        let index_slot = self.index_slot_of(position, hash);
        let removed = self.remove_found(index_slot, position);
        self.entries.pop();
        Some(removed)
    }

    pub fn clear(&mut self) {
        *self = DictTable::new();
    }

    /// Empties the table without allocating and hands back its entries;
    /// dropping them drops each key and then its value, in insertion
    /// order, as CPython's dict deallocation does. Only for an owner being
    /// dropped: the table is unusable afterwards.
    pub fn take_entries(&mut self) -> Entries<K, V> {
        self.used = 0;
        self.usable = 0;
        self.indices = Vec::new();
        Entries(mem::take(&mut self.entries))
    }

    fn entry_at_exact(&self, position: usize) -> Option<(&K, &V)> {
        self.entries
            .get(position)?
            .as_ref()
            .map(|entry| (&entry.key, &entry.value))
    }

    /// The first live entry at `position` or later, with the position to
    /// resume from; how a dict iterator advances.
    pub fn entry_at(&self, position: usize) -> Option<(usize, &K, &V)> {
        self.entries
            .get(position..)?
            .iter()
            .enumerate()
            .find_map(|(offset, entry)| {
                entry
                    .as_ref()
                    .map(|entry| (position + offset + 1, &entry.key, &entry.value))
            })
    }

    /// Like [`DictTable::entry_at`], also giving the stored hash.
    pub fn entry_with_hash_at(&self, position: usize) -> Option<(usize, i64, &K, &V)> {
        self.entries
            .get(position..)?
            .iter()
            .enumerate()
            .find_map(|(offset, entry)| {
                entry
                    .as_ref()
                    .map(|entry| (position + offset + 1, entry.hash, &entry.key, &entry.value))
            })
    }

    /// The value at an exact position, for writing through an iterator.
    pub fn value_at_mut(&mut self, position: usize) -> Option<&mut V> {
        self.entries
            .get_mut(position)?
            .as_mut()
            .map(|entry| &mut entry.value)
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + '_ {
        self.entries
            .iter()
            .filter_map(|entry| entry.as_ref().map(|entry| (&entry.key, &entry.value)))
    }

    /// Entries with their stored hashes, in order.
    pub fn iter_with_hashes(&self) -> impl DoubleEndedIterator<Item = (i64, &K, &V)> + '_ {
        self.entries.iter().filter_map(|entry| {
            entry
                .as_ref()
                .map(|entry| (entry.hash, &entry.key, &entry.value))
        })
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + '_ {
        self.iter().map(|(key, _)| key)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + '_ {
        self.iter().map(|(_, value)| value)
    }

    pub fn values_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut V> + '_ {
        self.entries
            .iter_mut()
            .filter_map(|entry| entry.as_mut().map(|entry| &mut entry.value))
    }
}

impl<K, V> DictTable<K, V> {
    /// An exact duplicate of the layout with every key and value mapped
    /// (a deep copy, when the mappings copy).
    pub fn clone_with(&self, mut entry_copy: impl FnMut(&K, &V) -> (K, V)) -> Self {
        DictTable {
            indices: self.indices.clone(),
            entries: self
                .entries
                .iter()
                .map(|entry| {
                    entry.as_ref().map(|entry| {
                        let (key, value) = entry_copy(&entry.key, &entry.value);
                        Entry {
                            hash: entry.hash,
                            key,
                            value,
                        }
                    })
                })
                .collect(),
            used: self.used,
            usable: self.usable,
        }
    }
}

impl<K: Clone, V: Clone> Clone for DictTable<K, V> {
    fn clone(&self) -> Self {
        self.clone_with(|key, value| (key.clone(), value.clone()))
    }
}

impl<K: std::fmt::Debug, V: std::fmt::Debug> std::fmt::Debug for DictTable<K, V> {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_map().entries(self.iter()).finish()
    }
}

#[inline]
fn infallible<T>(result: Result<T, Infallible>) -> T {
    match result {
        Ok(value) => value,
        Err(never) => match never {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn put(dict: &mut DictTable<i64, i64>, key: i64, value: i64) -> Option<i64> {
        dict.insert(key, key, value, |a, b| a == b)
    }

    fn keys(dict: &DictTable<i64, i64>) -> Vec<i64> {
        dict.keys().copied().collect()
    }

    #[test]
    fn keeps_insertion_order_through_growth_and_deletion() {
        let mut dict = DictTable::new();
        for key in (0..100).rev() {
            put(&mut dict, key, key * 2);
        }
        for key in (0..100).step_by(3) {
            assert_eq!(dict.remove(key, |&k| k == key), Some((key, key * 2)));
        }
        let expected: Vec<i64> = (0..100).rev().filter(|key| key % 3 != 0).collect();
        assert_eq!(keys(&dict), expected);
        assert_eq!(dict.len(), expected.len());
        for key in 0..100 {
            assert_eq!(dict.get(key, |&k| k == key).is_some(), key % 3 != 0);
        }
    }

    #[test]
    fn updating_keeps_position_and_reinserting_goes_last() {
        let mut dict = DictTable::new();
        put(&mut dict, 1, 10);
        put(&mut dict, 2, 20);
        assert_eq!(put(&mut dict, 1, 11), Some(10));
        assert_eq!(keys(&dict), [1, 2]);
        dict.remove(1, |&k| k == 1);
        put(&mut dict, 1, 12);
        assert_eq!(keys(&dict), [2, 1]);
    }

    #[test]
    fn pop_last_is_lifo_and_reuses_positions() {
        let mut dict = DictTable::new();
        for key in 0..5 {
            put(&mut dict, key, key);
        }
        dict.remove(4, |&k| k == 4);
        assert_eq!(dict.pop_last(), Some((3, 3)));
        assert_eq!(dict.position_limit(), 3);
        put(&mut dict, 9, 9);
        assert_eq!(keys(&dict), [0, 1, 2, 9]);
    }

    #[test]
    fn iteration_by_position_skips_holes() {
        let mut dict = DictTable::new();
        for key in 0..4 {
            put(&mut dict, key, key);
        }
        dict.remove(1, |&k| k == 1);
        let mut position = 0;
        let mut seen = Vec::new();
        while let Some((next, key, _)) = dict.entry_at(position) {
            seen.push(*key);
            position = next;
        }
        assert_eq!(seen, [0, 2, 3]);
    }

    #[test]
    fn colliding_hashes_are_told_apart_by_equality() {
        let mut dict: DictTable<&str, i64> = DictTable::new();
        for (value, key) in ["a", "b", "c", "d", "e", "f", "g"].into_iter().enumerate() {
            dict.insert(7, key, value as i64, |a, b| a == b);
        }
        assert_eq!(dict.get(7, |k| *k == "e"), Some(&4));
        assert_eq!(dict.get(7, |k| *k == "z"), None);
    }
}
