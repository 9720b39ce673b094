namespace WrotaCelne.Modules.Billing.Resources;

/// <summary>Marker for the module's UI strings (BillingResources.resx is Polish, .en.resx English).</summary>
internal sealed class BillingResources;
