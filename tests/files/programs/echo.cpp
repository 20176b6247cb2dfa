#include <iostream>
#include <iterator>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    std::string data((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    std::cout << data;
    return 0;
}
