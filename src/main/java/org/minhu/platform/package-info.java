/**
 * Platform: the embedded PostgreSQL, the data source, security wiring and the error model
 * ({@link org.minhu.platform.MinhuException} rendered as problem+json).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.minhu.platform;
