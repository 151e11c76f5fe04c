/** JasperReports stage: periodic threat reports built from the gold and silver tables. */
package org.harmattan.reports;
