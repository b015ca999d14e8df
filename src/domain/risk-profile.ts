// Risk limits: built-in defaults, overridden field by field by the account's profile, then by the
// agent's.

export interface RiskProfile {
  max_position_size_pct: number;
  daily_loss_limit_pct: number;
  max_open_orders: number;
}

export const DEFAULT_RISK_PROFILE: Readonly<RiskProfile> = Object.freeze({
  max_position_size_pct: 25,
  daily_loss_limit_pct: 20,
  max_open_orders: 50,
});

const FIELDS = Object.keys(DEFAULT_RISK_PROFILE) as Array<keyof RiskProfile>;

function parseOverrides(json: string): Partial<RiskProfile> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {};
  }
  const out: Partial<RiskProfile> = {};
  if (raw && typeof raw === 'object') {
    for (const field of FIELDS) {
      const value = (raw as Record<string, unknown>)[field];
      if (typeof value === 'number' && Number.isInteger(value)) out[field] = value;
    }
  }
  return out;
}

/** The limits in force for an agent: its own overrides, else its account's, else the defaults. */
export function effectiveRiskProfile(accountJson: string, agentJson: string): RiskProfile {
  return { ...DEFAULT_RISK_PROFILE, ...parseOverrides(accountJson), ...parseOverrides(agentJson) };
}
