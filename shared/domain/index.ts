// The domain model shared by main and renderer: schemas, types and scales.
export * from './ids';
export * from './scales';
export * from './claim';
export * from './codebook';
export * from './evidence';
export * from './comparison';
export * from './project';
