using System.Text;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Interchange;

/// <summary>
/// The values one read of a file shares between its records, as a dataset built in code shares them: one string
/// for each id, code or name however many records repeat it, and one object for each pledger, pledge target,
/// lifecycle event, beneficiary count, goods and period text. A national dataset repeats a few hundred thousand
/// values tens of millions of times; without sharing, each repetition would be an object of its own on the heap.
/// </summary>
/// <remarks>
/// Only immutable values are shared, so sharing cannot be seen but in memory. Each table stops growing at
/// <see cref="MaxEntries"/> (a file of unique values gains nothing from one), after which values are made anew.
/// Not thread-safe: one pool per reading thread.
/// </remarks>
internal sealed class ValuePool
{
    public const int MaxEntries = 1 << 21;

    private const int MaxPooledLength = 256;

    private readonly StringTable strings = new();
    private readonly Dictionary<(PledgerKind, string, string?, string?), Pledger> pledgers = [];
    private readonly Dictionary<string, PledgeTarget> modelTargets = new(StringComparer.Ordinal);
    private readonly Dictionary<(LifecycleStage, LocalDate), LifecycleEvent> events = [];
    private readonly Dictionary<(int?, int?, BeneficiaryKind), Beneficiaries> beneficiaries = [];
    private readonly Dictionary<(string, decimal, int, string), Goods> goods = [];
    private readonly Dictionary<(long, LocalDate), Valuation> valuations = [];
    private readonly Dictionary<string, ReportingPeriod> periods = new(StringComparer.Ordinal);
    private char[] chars = new char[MaxPooledLength];

    /// <summary>The one string of <paramref name="text"/>.</summary>
    public string String(string text)
        => text.Length > MaxPooledLength ? text : strings.Get(text.AsSpan(), text);

    /// <summary>The one string of <paramref name="text"/>, made only the first time.</summary>
    public string String(ReadOnlySpan<char> text)
        => text.Length > MaxPooledLength ? new string(text) : strings.Get(text, null);

    /// <summary>The one string of the UTF-8 <paramref name="utf8"/>, made only the first time; the bytes must be valid UTF-8.</summary>
    public string Utf8String(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxPooledLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }
        var length = Encoding.UTF8.GetChars(utf8, chars);
        return strings.Get(chars.AsSpan(0, length), null);
    }

    public Pledger Pledger(PledgerKind kind, UnitId unit, string? personId, string? personName)
    {
        if (unit.IsEmpty)
        {
            return new Pledger(kind, unit) { PersonId = personId, PersonName = personName };
        }
        var key = (kind, unit.Value, personId, personName);
        if (!pledgers.TryGetValue(key, out var pledger))
        {
            pledger = new Pledger(kind, unit) { PersonId = personId, PersonName = personName };
            Remember(pledgers, key, pledger);
        }
        return pledger;
    }

    public PledgeTarget ModelTarget(ModelId model)
    {
        if (model.IsEmpty)
        {
            return PledgeTarget.ForModel(model);
        }
        if (!modelTargets.TryGetValue(model.Value, out var target))
        {
            target = PledgeTarget.ForModel(model);
            Remember(modelTargets, model.Value, target);
        }
        return target;
    }

    /// <summary>A lifecycle event; one with a note is not shared.</summary>
    public LifecycleEvent Event(LifecycleStage stage, LocalDate date, string? note)
    {
        if (note is not null)
        {
            return new LifecycleEvent(stage, date) { Note = note };
        }
        if (!events.TryGetValue((stage, date), out var shared))
        {
            shared = new LifecycleEvent(stage, date);
            Remember(events, (stage, date), shared);
        }
        return shared;
    }

    /// <summary>Beneficiaries; those with a description are not shared.</summary>
    public Beneficiaries Beneficiaries(int? occurrences, int? distinct, BeneficiaryKind kind, string? description)
    {
        if (description is not null)
        {
            return new Beneficiaries(occurrences, distinct) { Kind = kind, Description = description };
        }
        if (!beneficiaries.TryGetValue((occurrences, distinct, kind), out var shared))
        {
            shared = new Beneficiaries(occurrences, distinct) { Kind = kind };
            Remember(beneficiaries, (occurrences, distinct, kind), shared);
        }
        return shared;
    }

    public Goods Goods(string name, decimal quantity, string unitOfMeasure)
    {
        // Two decimals equal in value may differ in scale (2500 and 2500.0) and print differently: the key keeps the scale.
        var key = (name, quantity, (int)quantity.Scale, unitOfMeasure);
        if (!goods.TryGetValue(key, out var shared))
        {
            shared = new Goods(name, quantity, unitOfMeasure);
            Remember(goods, key, shared);
        }
        return shared;
    }

    public Valuation Valuation(Money.Dong value, LocalDate valuedOn)
    {
        if (!valuations.TryGetValue((value.Value, valuedOn), out var shared))
        {
            shared = new Valuation(value, valuedOn);
            Remember(valuations, (value.Value, valuedOn), shared);
        }
        return shared;
    }

    /// <summary>The period a period id names, parsed once per distinct text.</summary>
    public bool TryPeriod(string text, out ReportingPeriod period)
    {
        if (periods.TryGetValue(text, out period))
        {
            return true;
        }
        if (!ReportingPeriod.TryParse(text, out period))
        {
            return false;
        }
        Remember(periods, text, period);
        return true;
    }

    private static void Remember<TKey, TValue>(Dictionary<TKey, TValue> table, TKey key, TValue value)
        where TKey : notnull
    {
        if (table.Count < MaxEntries)
        {
            table[key] = value;
        }
    }

    /// <summary>An open-addressing table of strings, looked up by their characters without making a string.</summary>
    private sealed class StringTable
    {
        private string?[] slots = new string?[1024];
        private int[] hashes = new int[1024];
        private int count;

        public string Get(ReadOnlySpan<char> text, string? made)
        {
            var hash = string.GetHashCode(text);
            var mask = slots.Length - 1;
            var i = hash & mask;
            while (slots[i] is { } slot)
            {
                if (hashes[i] == hash && text.SequenceEqual(slot))
                {
                    return slot;
                }
                i = (i + 1) & mask;
            }
            var value = made ?? new string(text);
            if (count >= MaxEntries)
            {
                return value;
            }
            slots[i] = value;
            hashes[i] = hash;
            if (++count * 2 > slots.Length)
            {
                Grow();
            }
            return value;
        }

        private void Grow()
        {
            var oldSlots = slots;
            var oldHashes = hashes;
            slots = new string?[oldSlots.Length * 2];
            hashes = new int[oldSlots.Length * 2];
            var mask = slots.Length - 1;
            for (var j = 0; j < oldSlots.Length; j++)
            {
                if (oldSlots[j] is { } slot)
                {
                    var i = oldHashes[j] & mask;
                    while (slots[i] is not null)
                    {
                        i = (i + 1) & mask;
                    }
                    slots[i] = slot;
                    hashes[i] = oldHashes[j];
                }
            }
        }
    }
}
