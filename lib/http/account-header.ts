/** The request header the proxy copies `?account=` into, for the job page's layout (layouts get no query string). */
export const ACCOUNT_HEADER = 'x-jobtriage-account';
