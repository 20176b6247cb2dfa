// Two positive integers a and b on one line.
#include <iostream>
#include <string>

int main() {
    long long a, b;
    std::string rest;
    if (!(std::cin >> a >> b) || a <= 0 || b <= 0 || (std::cin >> rest)) {
        std::cout << "expected two positive integers a and b" << std::endl;
        return 43;
    }
    return 42;
}
