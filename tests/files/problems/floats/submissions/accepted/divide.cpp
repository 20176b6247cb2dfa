#include <cstdio>
int main() { double a, b; std::scanf("%lf %lf", &a, &b); std::printf("%.12f\n", a / b); }
