/**
 * Web: the console for operators, handlers, supervisors and administrators, server-rendered
 * with Thymeleaf and htmx, Chinese first and English second. It uses the other modules' APIs
 * only; every page and action is checked there against the signed-in user's role and unit.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "directory", "calendar", "dispatch", "ticket", "assessment", "review", "knowledge", "insight"})
package org.minhu.web;
