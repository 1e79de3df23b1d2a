import {
  InvalidFieldError,
  TableroValidationError,
  recordRef,
  type RecordIssue,
  type RejectedRecord,
  type ValidationMode,
} from '../errors.js';

/**
 * Every KPI is computed by one of these: `add` records one at a time (streaming, a Web Worker,
 * a shard), `merge` another accumulator's state in, `result()` at any moment. The state is a
 * plain serialisable object, so it can cross `postMessage` or be stored and merged later.
 */
export interface Accumulator<In, Out, State> {
  readonly kpi: string;
  readonly state: State;
  /**
   * Adds one record; throws `InvalidFieldError` naming the field when it is unusable. It is the
   * KPI's own function bound to this state, so a loop that feeds one KPI stays monomorphic and
   * the engine can inline it (a shared wrapper would see every KPI and stop being optimised).
   */
  add(record: In): void;
  /** Adds another accumulator of the same KPI and options, or its serialised state. */
  merge(other: Accumulator<In, Out, State> | State): this;
  result(): Out;
  toJSON(): State;
}

export interface AccumulatorSpec<In, Out, State, Options, Context> {
  kpi: string;
  /** Turns the caller's options into what `add` needs (parsed period, zone clock…), once. */
  prepare(options: Options): Context;
  init(context: Context): State;
  /** Context first so it can be bound with the state: see `Accumulator.add`. */
  add(context: Context, state: State, record: In): void;
  merge(into: State, from: State, context: Context): void;
  result(state: State, context: Context): Out;
}

// Building a factory has no side effects: bundlers may drop the factories of KPIs a page never
// uses, which sit beside the ones it does in the same module (churn beside churnSeries).
/* @__NO_SIDE_EFFECTS__ */
export function accumulatorFactory<In, Out, State, Options, Context>(
  spec: AccumulatorSpec<In, Out, State, Options, Context>,
): (options: Options, state?: State) => Accumulator<In, Out, State> {
  return (options, initial) => {
    const context = spec.prepare(options);
    const state = initial ?? spec.init(context);
    const accumulator: Accumulator<In, Out, State> = {
      kpi: spec.kpi,
      state,
      add: spec.add.bind(undefined, context, state) as (record: In) => void,
      merge(other) {
        const from = isAccumulator<State>(other) ? other.state : other;
        if (isAccumulator<State>(other) && other.kpi !== spec.kpi) {
          throw new TypeError(`cannot merge a ${other.kpi} accumulator into a ${spec.kpi} one`);
        }
        spec.merge(state, from, context);
        return this;
      },
      result: () => spec.result(state, context),
      toJSON: () => state,
    };
    return accumulator;
  };
}

function isAccumulator<State>(value: unknown): value is { kpi: string; state: State } {
  return typeof value === 'object' && value !== null && 'kpi' in value && 'state' in value;
}

export interface BatchOptions {
  /**
   * `strict` (default) throws a `TableroValidationError` at the first unusable record, naming
   * its index, id and field. `lenient` keeps going and lists each one in `rejected`.
   */
  mode?: ValidationMode;
}

export type WithRejected<Out> = Out & { rejected: RejectedRecord[] };

/** Feeds a batch through an accumulator, applying the strict/lenient rule to bad records. */
export function runBatch<In, Out>(
  accumulator: Accumulator<In, Out, unknown>,
  records: readonly In[],
  mode: ValidationMode = 'strict',
): WithRejected<Out> {
  return feedBatch(accumulator, records, mode === 'strict' ? throwStrict : undefined);
}

/**
 * `runBatch` in lenient mode, and only that: a bundle that never asks for strict mode (a chart
 * that lists what it rejected) then carries no `TableroValidationError` (issue 3's 20 kB gate).
 */
export function runLenientBatch<In, Out>(
  accumulator: Accumulator<In, Out, unknown>,
  records: readonly In[],
): WithRejected<Out> {
  return feedBatch(accumulator, records);
}

function feedBatch<In, Out>(
  accumulator: Accumulator<In, Out, unknown>,
  records: readonly In[],
  strict?: (kpi: string, issue: RecordIssue) => never,
): WithRejected<Out> {
  const rejected: RejectedRecord[] = [];
  for (let index = 0; index < records.length; index++) {
    const record = records[index] as In;
    try {
      accumulator.add(record);
    } catch (error) {
      if (!(error instanceof InvalidFieldError)) throw error;
      const ref = recordRef(index, record);
      const issue: RecordIssue = { ...ref, path: error.path, message: error.reason };
      strict?.(accumulator.kpi, issue);
      rejected.push({ ...ref, record, issues: [issue] });
    }
  }
  return { ...accumulator.result(), rejected };
}

const throwStrict = (kpi: string, issue: RecordIssue): never => {
  throw new TableroValidationError(kpi, [issue]);
};
