// Builds the configured price source. The app maps its configuration onto these settings.
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { BinanceSource, type BinanceSourceOptions } from './binance-source.js';
import { ReplaySource, type ReplaySourceOptions } from './replay-source.js';
import { SimulatedSource, type SimulatedSourceOptions } from './simulated-source.js';
import type { PriceSource } from './types.js';

type Own<T> = Omit<T, 'clock' | 'logger' | 'mode'>;

export type PriceSourceSettings =
  | ({ kind: 'simulated' } & Own<SimulatedSourceOptions>)
  | ({ kind: 'binance' } & Own<BinanceSourceOptions>)
  | ({ kind: 'replay' } & Own<ReplaySourceOptions>);

export function createPriceSource(settings: PriceSourceSettings, deps: { clock: Clock; logger?: Logger }): PriceSource {
  const logger = deps.logger ? { logger: deps.logger } : {};
  switch (settings.kind) {
    case 'simulated': {
      const { kind: _, ...options } = settings;
      return new SimulatedSource({ ...options, clock: deps.clock, ...logger });
    }
    case 'replay': {
      const { kind: _, ...options } = settings;
      return new ReplaySource({ ...options, clock: deps.clock, ...logger });
    }
    case 'binance': {
      const { kind: _, ...options } = settings;
      return new BinanceSource({ ...options, ...logger });
    }
  }
}
