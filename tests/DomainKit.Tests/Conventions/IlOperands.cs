using System.Reflection;
using System.Reflection.Emit;

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
