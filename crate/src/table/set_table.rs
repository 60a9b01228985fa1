//! An open-addressing hash set laid out exactly like CPython 3.11's `set`,
//! so that iterating it (and so printing it) yields CPython's order.
//!
//! The layout depends on the whole history of operations, not only on the
//! members, so callers must replay the same primitive steps CPython takes:
//!
//! * `set()`, a comprehension, `set(list)`, `set(range)`, `set(str)`,
//!   `s.add(x)`: [`SetTable::insert`] for each item in order.
//! * `set(s)`, `frozenset(s)`, `s.copy()` with `s` a set or frozenset:
//!   [`SetTable::copy`]; `s.update(t)` and `s |= t` with `t` a set:
//!   [`SetTable::update_from_set`].
//! * `set(d)` and `s.update(d)` with `d` a dict: [`SetTable::reserve_for`]
//!   with `len(d)`, then `insert` each key in dict order.
//! * A display of three or more constants such as `{1, 2, 3}` compiles to a
//!   frozenset constant merged into an empty set: build a table by
//!   inserting the items in source order, then [`SetTable::copy`] it. Any
//!   other display inserts its items in source order.
//! * `a | b`: `a.copy()` then `update_from_set(b)`. `a & b`:
//!   [`SetTable::intersection`]; `a - b`: [`SetTable::difference`];
//!   `a ^ b`: [`SetTable::symmetric_difference`]; the in-place forms have
//!   `_update` methods.
//! * `s.difference_update(iterable)` and `s -= t`: remove each item, then
//!   [`SetTable::compact_after_removals`]. `s.symmetric_difference_update`
//!   of a non-set first builds a set from the iterable (by inserts).
//! * `s.intersection(iterable)` of a non-set: a new table, inserting each
//!   item of the iterable that `s` contains. With several arguments,
//!   `s.intersection(a, b)` is `(s & a) & b` step by step;
//!   `s.difference(a, b)` is one copy of `s` with `a`, then `b`, removed
//!   as by `difference_update`; `s.union(a, b)` is a copy updated by each.
//!
//! Lookups take a hash and a matching closure. CPython tests identity
//! before calling `__eq__`, so the closure must treat an object as equal to
//! itself (this is what makes a NaN findable in the set holding it). The
//! closures cannot mutate the table while it is borrowed, which is where
//! this differs from CPython, whose `__eq__` may resize the set mid-probe.

use std::convert::Infallible;
use std::mem;

const MIN_SIZE: usize = 8;
/// Slots probed in a row before jumping; keeps probes within cache lines.
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

enum Slot<K> {
    Empty,
    /// A deleted member: probing must continue past it.
    Dummy,
    Active {
        hash: i64,
        key: K,
    },
}

impl<K> Slot<K> {
    #[inline]
    fn active(&self) -> Option<(i64, &K)> {
        match self {
            Slot::Active { hash, key } => Some((*hash, key)),
            _ => None,
        }
    }
}

enum Search {
    Found(usize),
    /// Where an insertion goes: CPython reuses the last dummy slot seen on
    /// the probe path, else the empty slot that ended the search.
    Vacant {
        empty: usize,
        dummy: Option<usize>,
    },
}

/// The slots [`SetTable::take_slots`] removed, still to be dropped.
pub struct Slots<K>(Vec<Slot<K>>);

impl<K> Slots<K> {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A set of keys with caller-supplied hashes and equality, in CPython's
/// table order.
pub struct SetTable<K> {
    slots: Vec<Slot<K>>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` resumes its scan.
    finger: usize,
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

fn empty_slots<K>(size: usize) -> Vec<Slot<K>> {
    let mut slots = Vec::with_capacity(size);
    slots.resize_with(size, || Slot::Empty);
    slots
}

#[inline]
/// Probing is done in 64 bits, as on CPython's 64-bit builds, so that
/// tables iterate in the same order on 32-bit targets (WebAssembly).
fn next_probe_start(index: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    ((index as u64)
        .wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb)
        & mask as u64) as usize
}

/// Places a key known to be absent into a table without dummies.
fn insert_clean<K>(slots: &mut [Slot<K>], hash: i64, key: K) {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64;
    let mut index = (hash as u64 & mask as u64) as usize;
    loop {
        let probes = if index + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        if let Some(slot) = slots[index..=index + probes]
            .iter_mut()
            .find(|slot| matches!(slot, Slot::Empty))
        {
            *slot = Slot::Active { hash, key };
            return;
        }
        index = next_probe_start(index, &mut perturb, mask);
    }
}

impl<K> SetTable<K> {
    pub fn new() -> Self {
        SetTable {
            slots: empty_slots(MIN_SIZE),
            fill: 0,
            used: 0,
            finger: 0,
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

    /// The number of slots, a power of two (CPython's `mask + 1`).
    #[inline]
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    #[inline]
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    fn search<E>(
        &self,
        hash: i64,
        is_match: &mut impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Search, E> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut index = (hash as u64 & mask as u64) as usize;
        let mut dummy = None;
        loop {
            let probes = if index + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for probe in index..=index + probes {
                match &self.slots[probe] {
                    Slot::Empty => {
                        return Ok(Search::Vacant {
                            empty: probe,
                            dummy,
                        })
                    }
                    Slot::Dummy => dummy = Some(probe),
                    Slot::Active {
                        hash: stored_hash,
                        key,
                    } => {
                        if *stored_hash == hash && is_match(key)? {
                            return Ok(Search::Found(probe));
                        }
                    }
                }
            }
            index = next_probe_start(index, &mut perturb, mask);
        }
    }

    /// The stored key matching the probe, if any.
    pub fn try_get<E>(
        &self,
        hash: i64,
        mut is_match: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<&K>, E> {
        Ok(match self.search(hash, &mut is_match)? {
            Search::Found(index) => self.slots[index].active().map(|(_, key)| key),
            Search::Vacant { .. } => None,
        })
    }

    #[inline]
    pub fn get(&self, hash: i64, mut is_match: impl FnMut(&K) -> bool) -> Option<&K> {
        infallible(self.try_get(hash, |key| Ok(is_match(key))))
    }

    #[inline]
    pub fn contains(&self, hash: i64, is_match: impl FnMut(&K) -> bool) -> bool {
        self.get(hash, is_match).is_some()
    }

    /// Adds `key` unless an equal key is present (the stored key is kept).
    /// Returns whether it was added. `eq` receives the stored key, then
    /// the new one.
    pub fn try_insert<E>(
        &mut self,
        hash: i64,
        key: K,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        let search = self.search(hash, &mut |stored| eq(stored, &key))?;
        match search {
            Search::Found(_) => Ok(false),
            Search::Vacant {
                dummy: Some(index), ..
            } => {
                self.slots[index] = Slot::Active { hash, key };
                self.used += 1;
                Ok(true)
            }
            Search::Vacant { empty, dummy: None } => {
                self.slots[empty] = Slot::Active { hash, key };
                self.fill += 1;
                self.used += 1;
                if self.fill * 5 >= self.mask() * 3 {
                    self.resize(self.growth_target());
                }
                Ok(true)
            }
        }
    }

    #[inline]
    pub fn insert(&mut self, hash: i64, key: K, mut eq: impl FnMut(&K, &K) -> bool) -> bool {
        infallible(self.try_insert(hash, key, |stored, new| Ok(eq(stored, new))))
    }

    /// Removes and returns the key matching the probe, leaving a dummy.
    /// Never resizes, as in CPython.
    pub fn try_remove<E>(
        &mut self,
        hash: i64,
        mut is_match: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        Ok(match self.search(hash, &mut is_match)? {
            Search::Found(index) => Some(self.take_slot(index)),
            Search::Vacant { .. } => None,
        })
    }

    #[inline]
    pub fn remove(&mut self, hash: i64, mut is_match: impl FnMut(&K) -> bool) -> Option<K> {
        infallible(self.try_remove(hash, |key| Ok(is_match(key))))
    }

    fn take_slot(&mut self, index: usize) -> K {
        match mem::replace(&mut self.slots[index], Slot::Dummy) {
            Slot::Active { key, .. } => {
                self.used -= 1;
                key
            }
            _ => unreachable!("only active slots are taken"),
        }
    }

    /// `set.pop()`: the first member at or after the finger, wrapping.
    pub fn pop(&mut self) -> Option<(i64, K)> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut index = self.finger & mask;
        while self.slots[index].active().is_none() {
            index = (index + 1) & mask;
        }
        let hash = self.slots[index].active().map_or(0, |(hash, _)| hash);
        let key = self.take_slot(index);
        self.finger = index + 1;
        Some((hash, key))
    }

    /// Empties the set back to the minimum size. The pop finger survives,
    /// as in CPython.
    pub fn clear(&mut self) {
        self.slots = empty_slots(MIN_SIZE);
        self.fill = 0;
        self.used = 0;
    }

    /// Empties the table without allocating and hands back its slots;
    /// dropping them drops the members in table order, as CPython's set
    /// deallocation does. Only for an owner being dropped: the table is
    /// unusable afterwards.
    pub fn take_slots(&mut self) -> Slots<K> {
        self.fill = 0;
        self.used = 0;
        Slots(mem::take(&mut self.slots))
    }

    /// Members in table order.
    pub fn iter(&self) -> impl Iterator<Item = &K> + '_ {
        self.slots
            .iter()
            .filter_map(|slot| slot.active().map(|(_, key)| key))
    }

    /// Members with their hashes, in table order.
    pub fn iter_with_hashes(&self) -> impl Iterator<Item = (i64, &K)> + '_ {
        self.slots.iter().filter_map(Slot::active)
    }

    /// For iterators that must survive borrows ending: the first member at
    /// slot `position` or later, with the position to resume from. A set
    /// iterator should compare `len()` with the length it started with, as
    /// CPython raises "Set changed size during iteration".
    pub fn next_from(&self, position: usize) -> Option<(usize, i64, &K)> {
        self.slots
            .get(position..)?
            .iter()
            .enumerate()
            .find_map(|(offset, slot)| {
                slot.active()
                    .map(|(hash, key)| (position + offset + 1, hash, key))
            })
    }

    fn growth_target(&self) -> usize {
        if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Rebuilds into the smallest power-of-two table larger than
    /// `min_used`, dropping dummies and keeping table order as the
    /// reinsertion order.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = mem::replace(&mut self.slots, empty_slots(size));
        self.fill = self.used;
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                insert_clean(&mut self.slots, hash, key);
            }
        }
    }

    /// Grows ahead of adding up to `incoming` keys, as CPython does before
    /// updating a set from a dict (or merging a set).
    pub fn reserve_for(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// The end of `difference_update`: rebuild once more than a quarter of
    /// the slots hold dummies.
    pub fn compact_after_removals(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }

    /// `self.update(other)` for a set `other` (CPython's `set_merge`).
    pub fn try_update_from_set<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E>
    where
        K: Clone,
    {
        if other.used == 0 {
            return Ok(());
        }
        self.reserve_for(other.used);
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            // Same size and no dummies: slots can be copied in place.
            for (target, source) in self.slots.iter_mut().zip(&other.slots) {
                if let Slot::Active { hash, key } = source {
                    *target = Slot::Active {
                        hash: *hash,
                        key: key.clone(),
                    };
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (hash, key) in other.iter_with_hashes() {
                insert_clean(&mut self.slots, hash, key.clone());
            }
            return Ok(());
        }
        for (hash, key) in other.iter_with_hashes() {
            self.try_insert(hash, key.clone(), &mut eq)?;
        }
        Ok(())
    }

    pub fn update_from_set(&mut self, other: &SetTable<K>, mut eq: impl FnMut(&K, &K) -> bool)
    where
        K: Clone,
    {
        infallible(self.try_update_from_set(other, |stored, new| Ok(eq(stored, new))))
    }

    /// `set(s)`, `s.copy()`, `frozenset(s)`.
    pub fn copy(&self) -> SetTable<K>
    where
        K: Clone,
    {
        let mut result = SetTable::new();
        // An empty target never compares keys.
        result.update_from_set(self, |_, _| false);
        result
    }

    /// `self & other`: iterates the smaller set (`other` on a tie) and
    /// keeps the keys from it.
    pub fn try_intersection<E>(
        &self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E>
    where
        K: Clone,
    {
        let (larger, smaller) = if other.len() > self.len() {
            (other, self)
        } else {
            (self, other)
        };
        let mut result = SetTable::new();
        for (hash, key) in smaller.iter_with_hashes() {
            if larger.try_get(hash, |stored| eq(stored, key))?.is_some() {
                result.try_insert(hash, key.clone(), &mut eq)?;
            }
        }
        Ok(result)
    }

    /// `self &= other`: the intersection's layout replaces this table's.
    pub fn try_intersection_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E>
    where
        K: Clone,
    {
        let result = self.try_intersection(other, eq)?;
        self.slots = result.slots;
        self.fill = result.fill;
        self.used = result.used;
        Ok(())
    }

    /// `self - other`.
    pub fn try_difference<E>(
        &self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E>
    where
        K: Clone,
    {
        if (self.len() >> 2) > other.len() {
            // Much smaller `other`: copy, then delete its members.
            let mut result = self.copy();
            result.try_difference_update(other, eq)?;
            return Ok(result);
        }
        let mut result = SetTable::new();
        for (hash, key) in self.iter_with_hashes() {
            if other.try_get(hash, |stored| eq(stored, key))?.is_none() {
                result.try_insert(hash, key.clone(), &mut eq)?;
            }
        }
        Ok(result)
    }

    /// `self -= other`. The caller handles `s -= s` (which clears).
    pub fn try_difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (hash, key) in other.iter_with_hashes() {
            self.try_remove(hash, |stored| eq(stored, key))?;
        }
        self.compact_after_removals();
        Ok(())
    }

    /// `self ^ other`: a copy of `other`, toggled by each member of `self`.
    pub fn try_symmetric_difference<E>(
        &self,
        other: &SetTable<K>,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E>
    where
        K: Clone,
    {
        let mut result = other.copy();
        result.try_symmetric_difference_update(self, eq)?;
        Ok(result)
    }

    /// `self ^= other` for a set `other`. The caller handles `s ^= s`
    /// (which clears).
    pub fn try_symmetric_difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E>
    where
        K: Clone,
    {
        for (hash, key) in other.iter_with_hashes() {
            if self.try_remove(hash, |stored| eq(stored, key))?.is_none() {
                self.try_insert(hash, key.clone(), &mut eq)?;
            }
        }
        Ok(())
    }
}

impl<K> SetTable<K> {
    /// An exact duplicate of the layout with every member mapped (a deep
    /// copy, when the mapping copies), unlike [`SetTable::copy`], which
    /// follows `set.copy()` and may resize.
    pub fn clone_with(&self, mut key: impl FnMut(&K) -> K) -> Self {
        SetTable {
            slots: self
                .slots
                .iter()
                .map(|slot| match slot {
                    Slot::Empty => Slot::Empty,
                    Slot::Dummy => Slot::Dummy,
                    Slot::Active { hash, key: member } => Slot::Active {
                        hash: *hash,
                        key: key(member),
                    },
                })
                .collect(),
            fill: self.fill,
            used: self.used,
            finger: self.finger,
        }
    }
}

impl<K: Clone> Clone for SetTable<K> {
    fn clone(&self) -> Self {
        self.clone_with(K::clone)
    }
}

impl<K: std::fmt::Debug> std::fmt::Debug for SetTable<K> {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_set().entries(self.iter()).finish()
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

    fn int_set(values: &[i64]) -> SetTable<i64> {
        let mut set = SetTable::new();
        for &value in values {
            set.insert(value, value, |a, b| a == b);
        }
        set
    }

    #[test]
    fn small_ints_sit_at_their_own_slots() {
        let set = int_set(&[5, 3, 1]);
        assert_eq!(set.iter().copied().collect::<Vec<_>>(), [1, 3, 5]);
    }

    #[test]
    fn a_new_key_reuses_the_last_dummy_on_its_path() {
        let mut set = int_set(&[0, 8, 16]);
        set.remove(0, |&key| key == 0);
        set.remove(8, |&key| key == 8);
        set.insert(24, 24, |a, b| a == b);
        set.insert(1, 1, |a, b| a == b);
        assert_eq!(set.iter().copied().collect::<Vec<_>>(), [24, 16, 1]);
    }

    #[test]
    fn pop_continues_from_the_finger() {
        let mut set = int_set(&[1, 2, 3]);
        assert_eq!(set.pop(), Some((1, 1)));
        set.insert(1, 1, |a, b| a == b);
        assert_eq!(set.pop(), Some((2, 2)));
    }
}
