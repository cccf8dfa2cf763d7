//! One sort for the whole core: the standard library's sorts, and the `BTreeSet`s and
//! `BTreeMap`s that sort what is collected into them, cost the Wasm module a copy of
//! their code for every element type and order (about 42 KB for eight call sites, and
//! the trees' own code besides; BENCHMARKS.md, "What the Wasm module is made of").
//!
//! Here one merge sort of indices ([`order`], `n log n` comparisons, never quadratic,
//! so a list of an export's findings or a policy's apps may be long) is compiled once;
//! each caller adds only its comparison of two indices and the swaps that put its
//! items in that order. Sorted `Vec`s with binary search ([`sorted_unique`]) stand in
//! for sets, and [`firsts`] for a set that remembers what was seen.

/// The order that sorts `len` items, stably: its first element is the index of the
/// smallest item. `less(a, b)` says whether the item at index `a` goes before the one
/// at `b` (a strict order: false for equal items). A bottom-up merge sort; a run
/// already in order is copied without comparing inside it.
pub(crate) fn order(len: usize, less: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut from: Vec<usize> = (0..len).collect();
    let mut to = vec![0; len];
    let mut width = 1;
    while width < len {
        let pair = width.saturating_mul(2);
        for (run, out) in from.chunks(pair).zip(to.chunks_mut(pair)) {
            let (left, right) = run.split_at(width.min(run.len()));
            merge(left, right, out, less);
        }
        std::mem::swap(&mut from, &mut to);
        width = pair;
    }
    from
}

/// Merges two sorted runs of indices into `out`; on a tie the left one comes first.
fn merge(left: &[usize], right: &[usize], out: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    if let (Some(&last), Some(&first)) = (left.last(), right.first()) {
        if !less(first, last) {
            for (slot, &i) in out.iter_mut().zip(left.iter().chain(right)) {
                *slot = i;
            }
            return;
        }
    }
    let (mut l, mut r) = (left.iter().peekable(), right.iter().peekable());
    for slot in out.iter_mut() {
        let take_right = match (l.peek(), r.peek()) {
            (Some(&&a), Some(&&b)) => less(b, a),
            (None, _) => true,
            (Some(_), None) => false,
        };
        if let Some(&i) = if take_right { r.next() } else { l.next() } {
            *slot = i;
        }
    }
}

/// Puts items in `order` (the item at `order[i]` moves to `i`) by swapping two at a
/// time, `swap(a, b)`: each cycle of the permutation followed once, so at most one swap
/// per item.
fn permute(order: &[usize], swap: &mut dyn FnMut(usize, usize)) {
    let mut done = vec![false; order.len()];
    for start in 0..order.len() {
        let mut at = start;
        // Here the item that belongs at `at` is still where it was; `start`'s own item
        // travels along the cycle until the place it belongs.
        while let Some(false) = done.get(at) {
            if let Some(seen) = done.get_mut(at) {
                *seen = true;
            }
            let Some(&from) = order.get(at) else { break };
            if from == start {
                break;
            }
            swap(at, from);
            at = from;
        }
    }
}

/// Sorts `items` by `less`, stably (equal items keep their order), through [`order`].
pub(crate) fn sort_by<T>(items: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    if items.len() < 2 {
        return; // nothing to allocate for (recognition sorts many empty lists)
    }
    let order = {
        let items = &*items;
        order(items.len(), &mut |a, b| match (items.get(a), items.get(b)) {
            (Some(a), Some(b)) => less(a, b),
            _ => false,
        })
    };
    permute(&order, &mut |a, b| {
        if a.max(b) < items.len() {
            items.swap(a, b);
        }
    });
}

/// Sorts `items` by a key, stably.
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a) < key(b));
}

/// Sorts `items` in their natural order.
pub(crate) fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, |a, b| a < b);
}

/// `items` in their natural order, each once: what collecting into a `BTreeSet` and
/// iterating it gives. Look an item up in it with `binary_search`.
pub(crate) fn sorted_unique<T: Ord>(mut items: Vec<T>) -> Vec<T> {
    sort(&mut items);
    items.dedup();
    items
}

/// `pairs` sorted by key, each key once with the value given last for it: what
/// inserting them into a `BTreeMap` one after another and iterating it gives.
pub(crate) fn map_of<K: Ord, V>(mut pairs: Vec<(K, V)>) -> Vec<(K, V)> {
    sort_by(&mut pairs, |a, b| a.0 < b.0);
    pairs.dedup_by(|later, kept| {
        let same = later.0 == kept.0;
        if same {
            std::mem::swap(&mut later.1, &mut kept.1);
        }
        same
    });
    pairs
}

/// For each of `keys`, whether it is the first with its value (no earlier key equals it).
pub(crate) fn firsts<K: Ord>(keys: &[K]) -> Vec<bool> {
    let order = order(keys.len(), &mut |a, b| keys.get(a) < keys.get(b));
    let mut first = vec![false; keys.len()];
    let mut previous: Option<&K> = None;
    for &i in &order {
        let key = keys.get(i);
        if key.is_some() && key != previous {
            if let Some(slot) = first.get_mut(i) {
                *slot = true;
            }
        }
        previous = key;
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn map_of_is_what_a_btreemap_gives(
            pairs in proptest::collection::vec((0u8..8, proptest::prelude::any::<u16>()), 0..200)
        ) {
            let expected: Vec<(u8, u16)> = pairs.iter().copied().collect::<std::collections::BTreeMap<_, _>>().into_iter().collect();
            proptest::prop_assert_eq!(map_of(pairs), expected);
        }

        #[test]
        fn sorts_as_the_standard_library_does(
            mut items in proptest::collection::vec((0u8..8, proptest::prelude::any::<u16>()), 0..200)
        ) {
            let mut expected = items.clone();
            expected.sort_by_key(|(k, _)| *k); // stable
            sort_by_key(&mut items, |(k, _)| *k);
            proptest::prop_assert_eq!(items, expected);
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn sorts_long_lists_as_the_standard_library_does(
            mut items in proptest::collection::vec((0u8..8, proptest::prelude::any::<u16>()), 0..600)
        ) {
            let mut expected = items.clone();
            expected.sort_by_key(|(k, _)| *k); // stable
            let keys: Vec<u8> = items.iter().map(|(k, _)| *k).collect();
            let mut firsts_expected = Vec::new();
            for (i, k) in keys.iter().enumerate() {
                firsts_expected.push(!keys.get(..i).unwrap_or_default().contains(k));
            }
            proptest::prop_assert_eq!(firsts(&keys), firsts_expected);
            let mut set = keys.clone();
            set.sort_unstable();
            set.dedup();
            proptest::prop_assert_eq!(sorted_unique(keys), set);
            sort_by_key(&mut items, |(k, _)| *k);
            proptest::prop_assert_eq!(items, expected);
        }
    }

    #[test]
    fn long_lists_in_n_log_n() {
        let mut comparisons = 0;
        let mut items: Vec<u32> = (0..10_000u32).map(|i| i.wrapping_mul(2_654_435_761) % 10_007).collect();
        sort_by(&mut items, |a, b| {
            comparisons += 1;
            a < b
        });
        assert!(items.windows(2).all(|w| w[0] <= w[1]));
        assert!(comparisons < 10_000 * 14, "{comparisons} comparisons");
    }

    #[test]
    fn natural_order() {
        let mut words = vec!["pear", "apple", "fig", "apple"];
        sort(&mut words);
        assert_eq!(words, ["apple", "apple", "fig", "pear"]);
    }
}
