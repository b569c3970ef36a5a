/**
 * Platform: the embedded PostgreSQL, the data source, security wiring and the error model
 * ({@link org.minhu.platform.MinhuException} rendered as problem+json).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.minhu.platform;
