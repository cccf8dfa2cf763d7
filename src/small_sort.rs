//! One small sort for the core's short lists (questions, deadlines, candidate names).
//!
//! The standard library's sorts are fast on long slices but large: every call site
//! with another element type or order gets its own copy of their code, about 42 KB of
//! the Wasm module for eight call sites (BENCHMARKS.md, "What the Wasm module is made
//! of"). The lists sorted here have a handful to a few thousand items, for which a
//! binary insertion sort is quick and its code a few dozen bytes per call site.

/// Sorts `items` by `less`, stably (equal items keep their order).
pub(crate) fn sort_by<T>(items: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let Some((sorted, rest)) = items.split_at_mut_checked(i) else {
            return;
        };
        let Some(next) = rest.first() else {
            return;
        };
        // After every item not greater than the next one: stable.
        let at = sorted.partition_point(|item| !less(next, item));
        if let Some(window) = items.get_mut(at..=i) {
            window.rotate_right(1);
        }
    }
}

/// Sorts `items` by a key, stably.
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a) < key(b));
}

/// Sorts `items` in their natural order.
pub(crate) fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, |a, b| a < b);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
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

    #[test]
    fn natural_order() {
        let mut words = vec!["pear", "apple", "fig", "apple"];
        sort(&mut words);
        assert_eq!(words, ["apple", "apple", "fig", "pear"]);
    }
}
