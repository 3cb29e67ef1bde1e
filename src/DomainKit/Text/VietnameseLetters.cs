namespace DomainKit.Text;

/// <summary>
/// The precomposed Vietnamese vowels, in both cases and with every tone, mapped to their plain lower-case
/// letter. Money, period and date parsing match words on these plain keys; the table is the library's own
/// because <see cref="string.Normalize()"/> does nothing under invariant globalization.
/// </summary>
internal static class VietnameseLetters
{
    private static readonly Dictionary<char, char> Plain = Create();

    /// <summary>The plain lower-case vowel of a marked Vietnamese vowel, such as <c>a</c> for <c>Ẩ</c>.</summary>
    public static bool TryGetPlain(char c, out char plain) => Plain.TryGetValue(c, out plain);

    /// <summary>Whether <paramref name="c"/> is a combining mark, as text in decomposed form (NFD) carries its diacritics.</summary>
    public static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    private static Dictionary<char, char> Create()
    {
        (string Letters, char Plain)[] groups =
        [
            ("àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'a'),
            ("èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ", 'e'),
            ("ìíỉĩịÌÍỈĨỊ", 'i'),
            ("òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'o'),
            ("ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ", 'u'),
            ("ỳýỷỹỵỲÝỶỸỴ", 'y'),
        ];
        var map = new Dictionary<char, char>();
        foreach (var (letters, plain) in groups)
        {
            foreach (var letter in letters)
            {
                map.Add(letter, plain);
            }
        }
        return map;
    }
}
