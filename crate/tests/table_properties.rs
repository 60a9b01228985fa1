//! Randomised checks of the tables against simple models: whatever the
//! layout, they must behave as a set and as an insertion-ordered map.

use std::collections::HashSet;

use proptest::prelude::*;
use yieldscope::table::hash::hash_i64;
use yieldscope::table::{DictTable, SetTable};

#[derive(Clone, Debug)]
enum Operation {
    Insert(i64),
    Remove(i64),
    Pop,
    Clear,
}

fn operations() -> impl Strategy<Value = Vec<Operation>> {
    let key = -40i64..40;
    prop::collection::vec(
        prop_oneof![
            30 => key.clone().prop_map(Operation::Insert),
            12 => key.prop_map(Operation::Remove),
            4 => Just(Operation::Pop),
            1 => Just(Operation::Clear),
        ],
        0..300,
    )
}

/// Real hashes, or few distinct ones to force long probe chains.
fn hasher(colliding: bool) -> impl Fn(i64) -> i64 {
    move |key| {
        if colliding {
            key.rem_euclid(3) * 8
        } else {
            hash_i64(key)
        }
    }
}

proptest! {
    #[test]
    fn set_table_behaves_as_a_set(operations in operations(), colliding in any::<bool>()) {
        let hash = hasher(colliding);
        let mut table = SetTable::new();
        let mut model = HashSet::new();
        for operation in operations {
            match operation {
                Operation::Insert(key) => {
                    prop_assert_eq!(table.insert(hash(key), key, |a, b| a == b), model.insert(key));
                }
                Operation::Remove(key) => {
                    prop_assert_eq!(table.remove(hash(key), |&k| k == key).is_some(), model.remove(&key));
                }
                Operation::Pop => match table.pop() {
                    Some((stored_hash, key)) => {
                        prop_assert_eq!(stored_hash, hash(key));
                        prop_assert!(model.remove(&key));
                    }
                    None => prop_assert!(model.is_empty()),
                },
                Operation::Clear => {
                    table.clear();
                    model.clear();
                }
            }
            prop_assert_eq!(table.len(), model.len());
        }
        let members: Vec<i64> = table.iter().copied().collect();
        prop_assert_eq!(members.len(), model.len());
        prop_assert_eq!(members.iter().copied().collect::<HashSet<_>>(), model.clone());
        for key in -40..40 {
            prop_assert_eq!(table.contains(hash(key), |&k| k == key), model.contains(&key));
        }
        let copy = table.copy();
        prop_assert_eq!(copy.len(), model.len());
        let mut position = 0;
        let mut walked = Vec::new();
        while let Some((next, _, key)) = table.next_from(position) {
            walked.push(*key);
            position = next;
        }
        prop_assert_eq!(walked, members);
    }

    #[test]
    fn dict_table_keeps_insertion_order(operations in operations(), colliding in any::<bool>()) {
        let hash = hasher(colliding);
        let mut table = DictTable::new();
        let mut model: Vec<(i64, usize)> = Vec::new();
        for (step, operation) in operations.into_iter().enumerate() {
            match operation {
                Operation::Insert(key) => {
                    let old = table.insert(hash(key), key, step, |a, b| a == b);
                    match model.iter_mut().find(|(k, _)| *k == key) {
                        Some(entry) => prop_assert_eq!(old, Some(std::mem::replace(&mut entry.1, step))),
                        None => {
                            prop_assert_eq!(old, None);
                            model.push((key, step));
                        }
                    }
                }
                Operation::Remove(key) => {
                    let removed = table.remove(hash(key), |&k| k == key);
                    let index = model.iter().position(|(k, _)| *k == key);
                    prop_assert_eq!(removed, index.map(|index| model.remove(index)));
                }
                Operation::Pop => prop_assert_eq!(table.pop_last(), model.pop()),
                Operation::Clear => {
                    table.clear();
                    model.clear();
                }
            }
            prop_assert_eq!(table.len(), model.len());
        }
        let entries: Vec<(i64, usize)> = table.iter().map(|(k, v)| (*k, *v)).collect();
        prop_assert_eq!(&entries, &model);
        for &(key, value) in &model {
            prop_assert_eq!(table.get(hash(key), |&k| k == key), Some(&value));
        }
        let mut position = 0;
        let mut walked = Vec::new();
        while let Some((next, key, value)) = table.entry_at(position) {
            walked.push((*key, *value));
            position = next;
        }
        prop_assert_eq!(walked, model);
    }
}
