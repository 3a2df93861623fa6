export { wilsonInterval, type Interval } from './wilson-interval.js';
export { bootstrapInterval, type BootstrapOptions } from './bootstrap-interval.js';
export { kaplanMeier, type SurvivalCurve, type SurvivalStep } from './kaplan-meier.js';
export { quantileBands, BAND_QUANTILES } from './quantile-bands.js';
export { saltelliDesign, saltelliPoints, sobolIndices, type SaltelliDesign, type SobolIndices } from './sobol-indices.js';
export { latinHypercube } from './latin-hypercube.js';
export { logisticRegression, classificationAccuracy, predictLogistic, type LogisticFit, type LogisticOptions } from './logistic-regression.js';
