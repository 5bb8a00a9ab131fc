# __future__: the statement imports the module; its features and flags
from __future__ import annotations, generator_stop
import __future__

def f(x: undefined_name) -> also_undefined:
    return x
print(f.__annotations__, f(3))
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag))
print(repr(__future__.annotations), __future__.annotations.mandatory)
print(sorted(k for k in dir(__future__) if k.startswith('CO_')))
print(__future__.CO_FUTURE_ANNOTATIONS == __future__.annotations.compiler_flag)
print(annotations is __future__.annotations)
