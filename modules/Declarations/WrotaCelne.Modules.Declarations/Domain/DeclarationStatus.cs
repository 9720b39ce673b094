namespace WrotaCelne.Modules.Declarations.Domain;

internal enum DeclarationStatus
{
    Draft = 0,
}
