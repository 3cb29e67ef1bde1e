using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;

namespace DomainKit.Tests.Conventions;

/// <summary>
/// What follows an IL instruction: the size of a plain operand in bytes, or one of the markers for the operands a
/// reader looks into (a string, a method, another metadata token, a call site's signature, a switch's table).
/// </summary>
internal static class IlOperands
{
    public const int String = -1;
    public const int Method = -2;
    public const int Token = -3;
    public const int Signature = -4;
    public const int Switch = -5;

    private static readonly Dictionary<int, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value & 0xFFFF, o => o.OperandType);

    /// <summary>
    /// The operands of <paramref name="body"/>'s instructions that a reader looks into, in order: each with its marker
    /// (<see cref="String"/>, <see cref="Method"/>, <see cref="Token"/> or <see cref="Signature"/>) and its metadata token.
    /// </summary>
    public static IEnumerable<(int Kind, int Token)> TokensOf(MethodBodyBlock body)
    {
        var il = body.GetILReader();
        var found = new List<(int, int)>();
        while (il.RemainingBytes > 0)
        {
            int code = il.ReadByte();
            if (code == 0xFE)
            {
                code = 0xFE00 | il.ReadByte();
            }
            switch (SizeOf(code))
            {
                case String or Method or Token or Signature:
                    found.Add((SizeOf(code), il.ReadInt32()));
                    break;
                case Switch:
                    // The count first, then that many targets; the offset is read only after the count.
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                case var size:
                    il.Offset += size;
                    break;
            }
        }
        return found;
    }

    /// <summary>The operand of the instruction <paramref name="code"/> (one byte, or <c>0xFE</c> and a byte as <c>0xFEnn</c>).</summary>
    public static int SizeOf(int code) => Operands[code] switch
    {
        OperandType.InlineString => String,
        OperandType.InlineMethod => Method,
        OperandType.InlineField or OperandType.InlineTok or OperandType.InlineType => Token,
        OperandType.InlineSig => Signature,
        OperandType.InlineSwitch => Switch,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineBrTarget or OperandType.InlineI or OperandType.ShortInlineR => 4,
        OperandType.InlineVar => 2,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        _ => 0,
    };
}
