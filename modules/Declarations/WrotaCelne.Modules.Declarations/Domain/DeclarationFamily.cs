namespace WrotaCelne.Modules.Declarations.Domain;

internal enum DeclarationFamily
{
    Transit = 1,
    Export = 2,
    Import = 3,
}
