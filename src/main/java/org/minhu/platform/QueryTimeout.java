package org.minhu.platform;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.springframework.dao.QueryTimeoutException;

/**
 * A database statement that ran past {@code minhu.db.query-timeout} (default 5 s) and was
 * cancelled, so that one slow request never holds a connection: the API answers 503
 * {@code QUERY_TIMEOUT} with {@code Retry-After}, the console its error page.
 */
public final class QueryTimeout {

    /** The problem code. */
    public static final String CODE = "QUERY_TIMEOUT";
    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;
    /** PostgreSQL's query_canceled: a statement timeout or the driver's cancel on a query timeout. */
    private static final String QUERY_CANCELED = "57014";

    private QueryTimeout() {
    }

    /** Whether {@code failure} is, or was caused by, a statement that ran out of time. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof QueryTimeoutException || t instanceof SQLTimeoutException
                    || (t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
