using System;
using System.Collections;
using System.Collections.Generic;

namespace SeedModels
{
    /// <summary>
    /// An immutable list compared by its items, so that records holding collections keep value equality:
    /// two reads of the same article are <see cref="object.Equals(object)"/> and hash alike.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
    {
        private readonly T[] _items;

        /// <summary>The empty list.</summary>
        public static ValueList<T> Empty { get; } = new ValueList<T>(Array.Empty<T>());

        private ValueList(T[] items) => _items = items;

        /// <summary>Copies <paramref name="items"/> into a new list, or reuses it when it already is one.</summary>
        /// <param name="items">The items; <see langword="null"/> gives the empty list.</param>
        /// <returns>A list equal to any other list holding equal items in the same order.</returns>
        public static ValueList<T> From(IEnumerable<T>? items)
        {
            if (items is null)
            {
                return Empty;
            }

            if (items is ValueList<T> list)
            {
                return list;
            }

            var array = new List<T>(items).ToArray();
            return array.Length == 0 ? Empty : new ValueList<T>(array);
        }

        /// <summary>
        /// A list over <paramref name="items"/> as they are, not copied: for the runtime's own mapping, which makes the
        /// array for the list and keeps no other reference to it (what <see cref="From"/> would copy).
        /// </summary>
        internal static ValueList<T> Own(T[] items) => items.Length == 0 ? Empty : new ValueList<T>(items);

        /// <summary>The number of items.</summary>
        public int Count => _items.Length;

        /// <summary>The item at <paramref name="index"/>.</summary>
        /// <param name="index">A zero-based index.</param>
        public T this[int index] => _items[index];

        /// <inheritdoc />
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        /// <summary>Whether both lists hold equal items in the same order.</summary>
        /// <param name="other">The list to compare with.</param>
        public bool Equals(ValueList<T>? other)
        {
            if (other is null)
            {
                return false;
            }

            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (other._items.Length != _items.Length)
            {
                return false;
            }

            var comparer = EqualityComparer<T>.Default;
            for (var i = 0; i < _items.Length; i++)
            {
                if (!comparer.Equals(_items[i], other._items[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            var comparer = EqualityComparer<T>.Default;
            var hash = 17;
            foreach (var item in _items)
            {
                hash = unchecked((hash * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
            }

            return hash;
        }

        /// <summary>The items, comma-separated, in brackets.</summary>
        public override string ToString() => "[" + string.Join(", ", _items) + "]";
    }
}
