/** Spark MLlib stage: cell-month panel, hot spots, clusters and the risk model, read from silver, written to gold. */
package org.harmattan.features;
