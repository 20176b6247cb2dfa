long long square(long long x);
