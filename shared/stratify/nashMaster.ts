// The Nash-welfare master problem over a fixed set of panels: maximise f(λ) = Σ_t n_t ln π_t, where
// π_t = Σ_P λ_P a_{P,t} over the simplex of panel weights λ, by a log-barrier method with damped Newton.
// Spec: docs/stratification.md, section "Nash welfare".

/** One panel's coefficients: a_{P,t} = members of type t on it / members of type t. */
export type NashColumn = readonly { type: number; value: number }[];

export interface NashMasterSolution {
  lambda: Float64Array;
  /** π_t per type (0 for a type no column holds). */
  probabilities: Float64Array;
  /** Σ_t n_t ln π_t over the types of positive weight. */
  objective: number;
  newtonSteps: number;
}

/** Cholesky factorisation in place (lower triangle, row-major n×n); false when not positive definite. */
function cholesky(a: Float64Array, n: number): boolean {
  for (let j = 0; j < n; j++) {
    let d = a[j * n + j]!;
    for (let k = 0; k < j; k++) d -= a[j * n + k]! * a[j * n + k]!;
    if (!(d > 0)) return false;
    const root = Math.sqrt(d);
    a[j * n + j] = root;
    for (let i = j + 1; i < n; i++) {
      let s = a[i * n + j]!;
      for (let k = 0; k < j; k++) s -= a[i * n + k]! * a[j * n + k]!;
      a[i * n + j] = s / root;
    }
  }
  return true;
}

function choleskySolve(l: Float64Array, n: number, b: Float64Array): Float64Array {
  const y = Float64Array.from(b);
  for (let i = 0; i < n; i++) {
    let s = y[i]!;
    for (let k = 0; k < i; k++) s -= l[i * n + k]! * y[k]!;
    y[i] = s / l[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k * n + i]! * y[k]!;
    y[i] = s / l[i * n + i]!;
  }
  return y;
}

/**
 * Maximises Σ_t weights[t] · ln(Σ_P λ_P a_{P,t}) over λ ≥ 0, Σ λ = 1: the barrier problem
 * f(λ) + μ Σ_P ln λ_P is centred by Newton steps (the equality handled by its multiplier), then μ shrinks
 * tenfold until the barrier's duality gap m·μ is below `accuracy` (absolute, in units of f).
 * @throws {RangeError} when a type of positive weight sits on no column (its logarithm would be −∞), or
 *   when there is no column.
 */
export function solveNashMaster(input: {
  typeWeights: readonly number[];
  columns: readonly NashColumn[];
  /** A previous λ over the first columns, to start from (new columns get a small share). */
  start?: Float64Array;
  /** How far that start may be from this master's optimum (in units of f): where μ starts. */
  startGap?: number;
  accuracy: number;
}): NashMasterSolution {
  const { typeWeights: n, columns } = input;
  const m = columns.length;
  const T = n.length;
  if (m === 0) throw new RangeError('the Nash master needs at least one panel');
  const onSomeColumn = new Array<boolean>(T).fill(false);
  for (const column of columns)
    for (const e of column) if (e.value > 0) onSomeColumn[e.type] = true;
  const missing = n.findIndex((w, t) => w > 0 && !onSomeColumn[t]);
  if (missing >= 0) throw new RangeError(`type ${missing} has weight but sits on no panel`);
  const totalWeight = n.reduce((sum, w) => sum + w, 0);

  // Start strictly inside the simplex: the previous λ mixed with a uniform share for every column.
  let lambda = new Float64Array(m).fill(1 / m);
  let mu = totalWeight / m;
  if (input.start !== undefined && input.start.length > 0) {
    const mix = 1e-3;
    for (let p = 0; p < m; p++) lambda[p] = (1 - mix) * (input.start[p] ?? 0) + mix / m;
    mu = Math.min(totalWeight, Math.max(input.startGap ?? 0, input.accuracy)) / m;
  }
  const probabilitiesOf = (l: Float64Array) => {
    const pi = new Float64Array(T);
    columns.forEach((column, p) => {
      for (const e of column) pi[e.type] = pi[e.type]! + l[p]! * e.value;
    });
    return pi;
  };
  const objectiveOf = (pi: Float64Array) => {
    let f = 0;
    for (let t = 0; t < T; t++) if (n[t]! > 0) f += n[t]! * Math.log(pi[t]!);
    return f;
  };
  const barrierOf = (l: Float64Array, pi: Float64Array) => {
    let b = objectiveOf(pi);
    for (let p = 0; p < m; p++) b += mu * Math.log(l[p]!);
    return b;
  };
  // Columns by type, for the Hessian A^T D A.
  const byType: { column: number; value: number }[][] = Array.from({ length: T }, () => []);
  columns.forEach((column, p) => {
    for (const e of column)
      if (n[e.type]! > 0 && e.value > 0) byType[e.type]!.push({ column: p, value: e.value });
  });

  let pi = probabilitiesOf(lambda);
  let newtonSteps = 0;
  const hessian = new Float64Array(m * m);
  /** H = A^T D A + μ Λ⁻² (+ a ridge), D = diag(n_t / π_t²): minus the barrier's Hessian, lower triangle. */
  const buildHessian = (ridge: number) => {
    hessian.fill(0);
    for (let t = 0; t < T; t++) {
      const entries = byType[t]!;
      const d = n[t]! / (pi[t]! * pi[t]!);
      for (const a of entries)
        for (const b of entries)
          if (b.column <= a.column) hessian[a.column * m + b.column]! += d * a.value * b.value;
    }
    for (let p = 0; p < m; p++)
      hessian[p * m + p] =
        hessian[p * m + p]! * (1 + ridge) + mu / (lambda[p]! * lambda[p]!) + ridge;
  };
  for (;;) {
    // Centre for this μ. The certificate's gap (max_P g_P − N) is first order in the distance to the
    // centre, the decrement second order: centre until the decrement is at rounding level, or stalls.
    let previousDecrement = Infinity;
    for (let step = 0; step < 100; step++) {
      const gradient = new Float64Array(m);
      columns.forEach((column, p) => {
        let g = 0;
        for (const e of column) if (n[e.type]! > 0) g += (n[e.type]! * e.value) / pi[e.type]!;
        gradient[p] = g + mu / lambda[p]!;
      });
      // Rounding can break positive definiteness on nearly dependent panels: add a tiny ridge and retry.
      let factorised = false;
      for (let ridge = 0; !factorised && ridge < 1; ridge = ridge === 0 ? 1e-12 : ridge * 100) {
        buildHessian(ridge);
        factorised = cholesky(hessian, m);
      }
      if (!factorised) throw new RangeError('the Nash master Hessian is not positive definite');
      // Newton step on the plane Σ Δ = 0: Δ = H⁻¹(g − ν1), with ν making Σ Δ vanish.
      const hg = choleskySolve(hessian, m, gradient);
      const h1 = choleskySolve(hessian, m, new Float64Array(m).fill(1));
      let sg = 0;
      let s1 = 0;
      for (let p = 0; p < m; p++) {
        sg += hg[p]!;
        s1 += h1[p]!;
      }
      const nu = sg / s1;
      const delta = new Float64Array(m);
      let decrement = 0;
      for (let p = 0; p < m; p++) {
        delta[p] = hg[p]! - nu * h1[p]!;
        decrement += gradient[p]! * delta[p]!;
      }
      newtonSteps++;
      // A gap error of about √(N·decrement): a tenth of the accuracy asked is enough.
      if (
        decrement <=
        Math.max(1e-20 * Math.max(1, totalWeight), (1e-2 * input.accuracy ** 2) / totalWeight)
      )
        break;
      if (decrement < 1e-12 * Math.max(1, totalWeight) && decrement > previousDecrement / 4) break;
      previousDecrement = decrement;
      // Stay strictly inside, then backtrack until the barrier objective rises enough (Armijo).
      let alpha = 1;
      for (let p = 0; p < m; p++)
        if (delta[p]! < 0) alpha = Math.min(alpha, (-0.99 * lambda[p]!) / delta[p]!);
      const current = barrierOf(lambda, pi);
      let next = lambda;
      let nextPi = pi;
      for (let tries = 0; tries < 60; tries++) {
        next = new Float64Array(m);
        for (let p = 0; p < m; p++) next[p] = lambda[p]! + alpha * delta[p]!;
        nextPi = probabilitiesOf(next);
        const value = barrierOf(next, nextPi);
        if (Number.isFinite(value) && value >= current + 0.25 * alpha * decrement) break;
        alpha /= 2;
      }
      if (alpha < 1e-15) break;
      lambda = next;
      pi = nextPi;
    }
    if (m * mu <= input.accuracy) break;
    mu /= 10;
  }
  // Renormalise against drift in Σ λ.
  const total = lambda.reduce((sum, l) => sum + l, 0);
  for (let p = 0; p < m; p++) lambda[p] = lambda[p]! / total;
  pi = probabilitiesOf(lambda);
  return { lambda, probabilities: pi, objective: objectiveOf(pi), newtonSteps };
}
