namespace Calcine.Domain.Accounting;

public enum KilnProcess { Dry, SemiDry, SemiWet, Wet }

/// <summary>GCCA calcination methods: A1 raw-meal input with LOI, B1 clinker × factor, B2 clinker CaO/MgO.</summary>
public enum CalcinationMethod { A1, B1, B2 }

public enum FuelCategory { ConventionalFossil, AlternativeFossil, Mixed, Biomass }

/// <summary>Kiln covers kiln, calciner, raw-material drying and kiln-fuel preparation (GCCA lines 101–126a).</summary>
public enum FuelUse { Kiln, CementMill, Other, OnSitePower }

public enum ElectricityUse { Kiln, CementMill, Plant }

public enum ElectricitySource { Grid, OnSite }
