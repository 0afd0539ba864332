namespace GutAusgestattet.DesignSystem.Forms;

/// <summary>A message for one field of a form, already in the reader's language; <see cref="FieldId"/> is the id of the control to focus.</summary>
public sealed record FieldMessage(string FieldId, string Message);

/// <summary>One choice of a select, radio or checkbox group.</summary>
/// <param name="Group">In a select, the label of the group (<c>optgroup</c>) it is listed under, after the choices of none.</param>
public sealed record Option(string Value, string Text, string? Group = null);
