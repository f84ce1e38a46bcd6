package dev.setpoint.cli.apply;

import dev.setpoint.core.estimate.Estimate;

/** What estimate prints: the template and quality it is for, and the estimate. */
record Estimated(String template, String qualityId, String qualityName, int level, Estimate estimate) {}
